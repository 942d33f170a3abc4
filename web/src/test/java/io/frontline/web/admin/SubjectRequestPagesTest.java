package io.frontline.web.admin;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/**
 * A customer's request for access or erasure (issue 17): HQ safety and admins send one identifier, the action and the
 * reason, and read the combined answer per service in their language — including which service did not answer, so
 * an incomplete answer is never taken for a complete one.
 */
@QuarkusTest
@TestProfile(ComplaintServiceStand.class)
class SubjectRequestPagesTest {

    @Test
    @TestSecurity(user = "henk.hq", roles = "hq-safety")
    void the_answer_names_per_service_what_is_held_and_which_service_did_not_answer_in_japanese() {
        Response form = given().header("Accept-Language", "ja").get("/admin/subject-requests");
        form.then().statusCode(200).body(containsString("id=\"subject-request-form\""),
                containsString("お客様のデータに関する請求"), containsString("Letter of 28 November"));
        int before = ComplaintServiceStand.REQUESTS.size();
        given().header("Accept-Language", "ja").cookies(form.getCookies())
                .contentType("application/x-www-form-urlencoded").formParam("csrf-token", csrf(form.asString()))
                .formParam("kind", "phone").formParam("identifier", "06 1234 5678").formParam("action", "export")
                .formParam("reason", "Brief van de klant van 3 mei").post("/admin/subject-requests")
                .then().statusCode(200).header("Cache-Control", "no-store")
                .body(containsString("id=\"subject-answer-incomplete\""), containsString("回答していないサービスがあります"),
                        containsString("id=\"service-notification-service\""), containsString("応答なし"),
                        containsString("照会対象外"), containsString("INC-2026-000777"),
                        containsString("incidents：1"), not(containsString("perpetratorDescription")));
        assertThat(ComplaintServiceStand.REQUESTS.subList(before, ComplaintServiceStand.REQUESTS.size()))
                .anyMatch(r -> r.startsWith("POST /api/subject-requests") && r.contains("\"phone\":\"06 1234 5678\"")
                        && r.contains("\"action\":\"export\"") && r.contains("Brief van de klant van 3 mei"));
    }

    @Test
    @TestSecurity(user = "ada.admin", roles = "admin")
    void a_request_without_reason_is_not_sent_and_a_refused_identifier_is_shown_at_its_field() {
        Response form = given().header("Accept-Language", "en").get("/admin/subject-requests");
        int before = ComplaintServiceStand.REQUESTS.size();
        given().header("Accept-Language", "en").cookies(form.getCookies())
                .contentType("application/x-www-form-urlencoded").formParam("csrf-token", csrf(form.asString()))
                .formParam("kind", "email").formParam("identifier", "klant@example.org").formParam("action", "erase")
                .formParam("reason", " ").post("/admin/subject-requests")
                .then().statusCode(422).body(containsString("id=\"reason-error\""),
                        containsString("klant@example.org"));
        assertThat(ComplaintServiceStand.REQUESTS.subList(before, ComplaintServiceStand.REQUESTS.size()))
                .noneMatch(r -> r.startsWith("POST"));

        given().header("Accept-Language", "nl").cookies(form.getCookies())
                .contentType("application/x-www-form-urlencoded").formParam("csrf-token", csrf(form.asString()))
                .formParam("kind", "email").formParam("identifier", "refused@example.org").formParam("action", "export")
                .formParam("reason", "Brief van 3 mei").post("/admin/subject-requests")
                .then().statusCode(422).body(containsString("id=\"identifier-error\""),
                        containsString("Geef een geldig e-mailadres"));
    }

    @Test
    @TestSecurity(user = "henk.hq", roles = "hq-safety")
    void hq_safety_finds_the_screen_on_the_home_page() {
        given().header("Accept-Language", "en").get("/home").then().statusCode(200)
                .body(containsString("id=\"go-subject-requests\""));
    }

    @Test
    @TestSecurity(user = "sanne.manager", roles = "site-manager")
    void a_manager_gets_neither_the_screen_nor_the_card() {
        given().get("/admin/subject-requests").then().statusCode(403);
        given().header("Accept-Language", "en").get("/home").then().statusCode(200)
                .body(not(containsString("id=\"go-subject-requests\"")));
    }

    private static String csrf(String html) {
        Matcher m = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"").matcher(html);
        assertThat(m.find()).as("the form carries a CSRF token").isTrue();
        return m.group(1);
    }
}
