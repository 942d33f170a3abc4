package io.frontline.prevention.adapter.in.scheduling;

import io.frontline.platform.retention.RetentionJob;
import io.frontline.platform.testing.MutableClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;

import static io.frontline.prevention.PreventionApi.get;
import static io.frontline.prevention.PreventionApi.post;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/**
 * Retention (default 24 months after conclusion): a partner's report is anonymised — who reported, whom and what —
 * while a report still being handled is kept whole.
 */
@QuarkusTest
class RetentionTest {
    private static final String WHAT = "Our driver was shouted at during every delivery this month.";

    @Inject
    RetentionJob job;

    @AfterEach
    void resetClock() {
        MutableClock.shared().reset();
    }

    @Test
    void a_concluded_partner_report_is_anonymised_two_years_after_its_conclusion_and_an_open_one_is_kept() {
        at("2031-09-01T09:00:00Z");
        String concluded = file();
        post("hanna.hr", "/api/partner-reports/" + concluded + "/outcome", Map.of("outcome", "measures-taken",
                "message", "We have spoken with the employee.")).statusCode(200);
        String open = file();

        at("2033-08-31T09:00:00Z");
        job.eraseExpired();
        get("hanna.hr", "/api/partner-reports/" + concluded).statusCode(200).body("description", equalTo(WHAT));

        at("2033-09-02T09:00:00Z");
        job.eraseExpired();
        get("hanna.hr", "/api/partner-reports/" + concluded).statusCode(200)
                .body("description", equalTo("[erased after retention]"))
                .body("reporterName", nullValue()).body("reporterContact", nullValue())
                .body("employeeDescription", nullValue()).body("status", equalTo("concluded"));
        get("hanna.hr", "/api/partner-reports/" + open).statusCode(200).body("description", equalTo(WHAT))
                .body("reporterName", equalTo("Jan Bakker"));
    }

    private static String file() {
        String reference = given().contentType(ContentType.JSON).body(Map.of(
                        "organisation", "Bakkerij De Korenschoof (supplier)", "reporterName", "Jan Bakker",
                        "reporterContact", "jan@korenschoof.example", "site", "utr-centraal",
                        "employeeDescription", "the evening shift leader at the goods entrance",
                        "description", WHAT, "occurredOn", "2031-08-20"))
                .post("/api/public/partner-reports").then().statusCode(201).extract().path("reference");
        return get("hanna.hr", "/api/partner-reports").statusCode(200).extract().jsonPath()
                .getString("find { it.reference == '" + reference + "' }.id");
    }

    private static void at(String instant) {
        MutableClock.shared().set(Instant.parse(instant));
    }
}
