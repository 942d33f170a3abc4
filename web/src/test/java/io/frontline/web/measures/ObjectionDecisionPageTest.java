package io.frontline.web.measures;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/**
 * An objection is decided by a person other than the measure's approver or proposer (issue 17): the measure page
 * offers the decision form only to whom sanction-service allows it, and tells anyone else why, in their language.
 */
@QuarkusTest
@TestProfile(SanctionServiceStand.class)
class ObjectionDecisionPageTest {

    @Test
    @TestSecurity(user = "henk.hq", roles = "hq-safety")
    void the_approver_of_the_measure_sees_no_decision_form_but_the_reason_why() {
        given().header("Accept-Language", "en").get("/measures/" + SanctionServiceStand.APPROVED_BY_READER)
                .then().statusCode(200)
                .body(containsString("It was not me"), not(containsString("id=\"decision-form\"")),
                        containsString("id=\"objection-why-not\""),
                        containsString("You approved this measure, so you cannot decide the objection against it"));
    }

    @Test
    @TestSecurity(user = "henk.hq", roles = "hq-safety")
    void the_reason_is_given_in_the_readers_language() {
        given().header("Accept-Language", "nl").get("/measures/" + SanctionServiceStand.APPROVED_BY_READER)
                .then().statusCode(200)
                .body(not(containsString("id=\"decision-form\"")),
                        containsString("U hebt deze maatregel goedgekeurd, dus u kunt niet over het bezwaar"));
        given().header("Accept-Language", "ja").get("/measures/" + SanctionServiceStand.APPROVED_BY_READER)
                .then().statusCode(200)
                .body(containsString("この措置はあなたが承認したため"));
    }

    @Test
    @TestSecurity(user = "sanne.manager", roles = "site-manager")
    void another_manager_allowed_by_the_service_gets_the_decision_form() {
        given().header("Accept-Language", "en").get("/measures/" + SanctionServiceStand.OTHERS)
                .then().statusCode(200)
                .body(containsString("id=\"decision-form\""), not(containsString("id=\"objection-why-not\"")));
    }

    @Test
    @TestSecurity(user = "sanne.manager", roles = "site-manager")
    void the_decision_form_asks_for_a_reason_from_the_list_besides_the_deciders_own_words() {
        given().header("Accept-Language", "ja").get("/measures/" + SanctionServiceStand.OTHERS)
                .then().statusCode(200)
                .body(containsString("<select id=\"reasonCode\" name=\"reasonCode\" required>"),
                        containsString("value=\"facts-not-established\">事実を確認できない（認容）</option>"),
                        containsString("value=\"procedure-not-followed\""),
                        containsString("ご自身の言葉による説明"));
    }

    @Test
    @TestSecurity(user = "sanne.manager", roles = "site-manager")
    void a_decision_without_a_reason_from_the_list_is_not_sent_to_the_service() {
        Response page = given().header("Accept-Language", "en").get("/measures/" + SanctionServiceStand.OTHERS);
        given().header("Accept-Language", "en").cookies(page.getCookies())
                .contentType("application/x-www-form-urlencoded").formParam("csrf-token", csrf(page.asString()))
                .formParam("outcome", "upheld").formParam("reason", "The camera shows it")
                .post("/measures/" + SanctionServiceStand.OTHERS + "/objection/decision")
                .then().statusCode(422)
                .body(containsString("<div class=\"field invalid\">\n      <label for=\"reasonCode\">"),
                        containsString("Fill this in."));
    }

    @Test
    @TestSecurity(user = "sanne.manager", roles = "site-manager")
    void a_decided_objection_shows_its_reason_from_the_list_in_the_readers_language() {
        given().header("Accept-Language", "nl").get("/measures/" + SanctionServiceStand.DECIDED)
                .then().statusCode(200)
                .body(containsString("Feiten bevestigd (ongegrond)"), containsString("The camera shows it"));
    }

    private static String csrf(String html) {
        Matcher m = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"").matcher(html);
        assertThat(m.find()).as("the form carries a CSRF token").isTrue();
        return m.group(1);
    }

    @Test
    @TestSecurity(user = "sanne.manager", roles = "site-manager")
    void a_decided_objection_shows_its_decision_and_neither_form_nor_refusal() {
        given().header("Accept-Language", "en").get("/measures/" + SanctionServiceStand.DECIDED)
                .then().statusCode(200)
                .body(containsString("id=\"objection-decision\""), not(containsString("id=\"decision-form\"")),
                        not(containsString("id=\"objection-why-not\"")));
    }
}
