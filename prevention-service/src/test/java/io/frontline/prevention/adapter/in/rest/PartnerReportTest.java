package io.frontline.prevention.adapter.in.rest;

import io.frontline.platform.events.prevention.PreventionEventTypes;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.frontline.prevention.PreventionApi.clean;
import static io.frontline.prevention.PreventionApi.events;
import static io.frontline.prevention.PreventionApi.get;
import static io.frontline.prevention.PreventionApi.post;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/**
 * A business partner reports harassment by one of our employees without an account; the report reaches HR (and only
 * HR), and the outcome HR gives reaches the reporter on the tracking page.
 */
@QuarkusTest
class PartnerReportTest {
    @Inject
    DataSource dataSource;

    @BeforeEach
    void empty() {
        clean(dataSource);
    }

    @Test
    void aPartnersReportReachesHrAndItsOutcomeReachesTheReporter() {
        Map<String, Object> filed = given().contentType(ContentType.JSON).body(Map.of(
                        "organisation", "Bakkerij De Korenschoof (supplier)", "reporterName", "Jan Bakker",
                        "reporterContact", "jan@korenschoof.example", "site", "utr-centraal",
                        "employeeDescription", "the evening shift leader at the goods entrance",
                        "description", "Our driver was shouted at and called names at every delivery this month.",
                        "occurredOn", "2026-11-20"))
                .post("/api/public/partner-reports").then().statusCode(201).extract().jsonPath().getMap("$");
        String reference = (String) filed.get("reference");
        String secret = (String) filed.get("trackingSecret");
        assertThat(reference).matches("PRT-\\d{4}-\\d{6}");
        track(reference, secret).statusCode(200).body("status", equalTo("received")).body("outcome", nullValue());

        List<String> received = events(PreventionEventTypes.PARTNER_REPORT_RECEIVED_V1, v -> v.contains(reference), 1,
                Duration.ofSeconds(20));
        assertThat(received).hasSize(1);
        assertThat(received.get(0)).doesNotContain("Jan Bakker", "korenschoof", "shouted");

        List<Map<String, Object>> inbox = get("hanna.hr", "/api/partner-reports").statusCode(200).extract().jsonPath()
                .getList("$");
        assertThat(inbox).extracting(r -> r.get("reference")).containsExactly(reference);
        String id = (String) inbox.get(0).get("id");
        assertThat(inbox.get(0).get("description")).isEqualTo(
                "Our driver was shouted at and called names at every delivery this month.");
        // Need to know: not the site's manager, not HQ safety
        get("bram.manager", "/api/partner-reports").statusCode(403);
        get("henk.hq", "/api/partner-reports/" + id).statusCode(403);

        post("hanna.hr", "/api/partner-reports/" + id + "/procedure", Map.of("note", "Internal procedure opened"))
                .statusCode(200).body("status", equalTo("in-procedure"));
        track(reference, secret).statusCode(200).body("status", equalTo("in-procedure"));

        post("hanna.hr", "/api/partner-reports/" + id + "/outcome", Map.of("outcome", "measures-taken",
                "message", "We have spoken with the employee and taken measures. Thank you for telling us."))
                .statusCode(200).body("status", equalTo("concluded"));
        track(reference, secret).statusCode(200).body("status", equalTo("concluded"))
                .body("outcome", equalTo("measures-taken"))
                .body("outcomeMessage", equalTo("We have spoken with the employee and taken measures. Thank you for telling us."))
                .body("hrNote", nullValue());
        // The API speaks the wire's names; the row keeps the constants' names (the persistence rule).
        assertThat(storedStatusAndOutcome(reference)).isEqualTo("CONCLUDED MEASURES_TAKEN");
        assertThat(events(PreventionEventTypes.PARTNER_REPORT_CONCLUDED_V1, v -> v.contains(reference), 1,
                Duration.ofSeconds(20))).hasSize(1);
        post("hanna.hr", "/api/partner-reports/" + id + "/outcome", Map.of("outcome", "no-harassment-found",
                "message", "again")).statusCode(409);

        // A wrong secret is answered like an unknown reference
        track(reference, "wrong").statusCode(404).contentType("application/problem+json");
        track("PRT-2026-999999", secret).statusCode(404);
    }

    @Test
    void aReportWithoutDescriptionIsRefusedAndChangesNothing() {
        given().contentType(ContentType.JSON).body(Map.of("organisation", "Landlord BV"))
                .post("/api/public/partner-reports").then().statusCode(422).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(Map.of("organisation", "Landlord BV", "description", "x",
                        "site", "nowhere"))
                .post("/api/public/partner-reports").then().statusCode(422).contentType("application/problem+json");
        assertThat(get("hanna.hr", "/api/partner-reports").statusCode(200).extract().jsonPath().getList("$")).isEmpty();
    }

    private static io.restassured.response.ValidatableResponse track(String reference, String secret) {
        return given().header(PublicPartnerReportResource.SECRET_HEADER, secret)
                .get("/api/public/partner-reports/" + reference).then();
    }

    private String storedStatusAndOutcome(String reference) {
        try (java.sql.Connection c = dataSource.getConnection();
             java.sql.PreparedStatement q = c.prepareStatement(
                     "SELECT status || ' ' || outcome FROM partner_report WHERE reference = ?")) {
            q.setString(1, reference);
            try (java.sql.ResultSet r = q.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
