package io.frontline.incident.adapter.in.rest;

import io.frontline.platform.testing.MutableClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static io.frontline.platform.testing.infra.Tokens.bearer;
import static io.frontline.platform.testing.infra.Tokens.user;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

/** The employee who reports hears at once what happens next: their first care step and who will contact them. */
@QuarkusTest
class ReportNextStepsTest {
    @AfterEach
    void resetClock() {
        MutableClock.shared().reset();
    }

    @Test
    void a_report_answers_the_first_care_step_and_that_the_site_manager_will_contact_the_reporter() {
        MutableClock.shared().set(Instant.parse("2027-04-06T12:00:00Z"));
        report(Map.of("site", "ams-centrum", "types", List.of("verbal-abuse"),
                "description", "Klant schold mij uit bij de kassa."))
                .body("severity", equalTo("medium"))
                .body("nextSteps.firstCareStep.task", equalTo("immediate-safety-check"))
                .body("nextSteps.firstCareStep.dueAt", equalTo("2027-04-06T16:00:00Z"))
                .body("nextSteps.contact.role", equalTo("site-manager"))
                .body("nextSteps.contact.site", equalTo("ams-centrum"));
    }

    @Test
    void i_am_in_danger_now_makes_the_report_critical_and_the_safety_check_due_at_once() {
        MutableClock.shared().set(Instant.parse("2027-04-06T12:00:00Z"));
        report(Map.of("site", "ams-centrum", "types", List.of("verbal-abuse"), "immediateDanger", true,
                "description", "Hij staat nog in de winkel en komt op me af."))
                .body("immediateDanger", equalTo(true))
                .body("severity", equalTo("critical"))
                .body("nextSteps.firstCareStep.task", equalTo("immediate-safety-check"))
                .body("nextSteps.firstCareStep.dueAt", equalTo("2027-04-06T12:00:00Z"));
    }

    @Test
    void the_perpetrators_loyalty_card_becomes_a_subject_key_and_is_never_echoed() {
        report(Map.of("site", "ams-centrum", "types", List.of("threat"),
                "description", "Dreigde met zijn vrienden.",
                "perpetrator", Map.of("identifierKind", "loyalty-card", "identifier", "7700 4412 9981 36")))
                .body("perpetratorSubjectKey", matchesPattern("sk1_[A-Za-z0-9_-]{43}"))
                .body(not(containsString("4412")))
                .body(not(containsString("9981")));
    }

    private static io.restassured.response.ValidatableResponse report(Map<String, Object> body) {
        return given().header("Authorization", bearer(user("emma.staff"))).contentType(ContentType.JSON).body(body)
                .post("/api/incidents").then().statusCode(201);
    }
}
