package io.frontline.web.measures;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
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
    void a_decided_objection_shows_its_decision_and_neither_form_nor_refusal() {
        given().header("Accept-Language", "en").get("/measures/" + SanctionServiceStand.DECIDED)
                .then().statusCode(200)
                .body(containsString("id=\"objection-decision\""), not(containsString("id=\"decision-form\"")),
                        not(containsString("id=\"objection-why-not\"")));
    }
}
