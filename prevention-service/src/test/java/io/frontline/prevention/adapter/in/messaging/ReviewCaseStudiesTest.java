package io.frontline.prevention.adapter.in.messaging;

import io.frontline.prevention.IncidentEvents.Incident;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static io.frontline.prevention.IncidentEvents.closed;
import static io.frontline.prevention.IncidentEvents.complaintReceived;
import static io.frontline.prevention.IncidentEvents.confirmed;
import static io.frontline.prevention.IncidentEvents.reported;
import static io.frontline.prevention.PreventionApi.clean;
import static io.frontline.prevention.PreventionApi.get;
import static io.frontline.prevention.PreventionApi.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A review of a quarter lists exactly the incidents closed in that quarter (in the chain's calendar) as case studies,
 * with their lessons and without names, user names, subject keys, phone numbers, e-mail addresses or references.
 */
@QuarkusTest
class ReviewCaseStudiesTest {
    @Inject
    DataSource dataSource;

    @BeforeEach
    void empty() {
        clean(dataSource);
    }

    @Test
    void aQuarterlyReviewListsExactlyTheQuartersClosedIncidentsAnonymised() {
        Incident inQuarter = Incident.at("ams-centrum");
        Incident lastEvening = Incident.at("ams-centrum");   // 30 Sep 23:30 in Amsterdam: still Q3
        Incident beforeQuarter = Incident.at("ams-centrum"); // 30 Jun 23:30 in Amsterdam: Q2
        Incident afterQuarter = Incident.at("ams-centrum");
        Incident otherSite = Incident.at("utr-centraal");
        Incident stillOpen = Incident.at("ams-centrum");
        for (Incident i : List.of(inQuarter, lastEvening, beforeQuarter, afterQuarter, otherSite, stillOpen)) {
            reported(i, "\"verbal-abuse\",\"threat\"", Instant.parse("2026-06-20T10:00:00Z"));
            confirmed(i, "\"verbal-abuse\",\"threat\"", Instant.parse("2026-06-25T10:00:00Z"));
        }
        closed(inQuarter, "confirmed", "Emma de Vries (emma.staff) was threatened by "
                + "sk1_q0Jx3mQ2k9vTt7bR8mWc1nLhP4sY6uZa0eGf5iKd2Oo, who called from +31 6 1234 5678 and wrote from "
                + "angry@example.com about " + inQuarter.reference() + "; Sanne Visser now stands beside the till "
                + "after 20:00 and two colleagues respond together.", Instant.parse("2026-08-14T09:00:00Z"));
        closed(lastEvening, "confirmed", "The desk moved next to the exit.", Instant.parse("2026-09-30T21:30:00Z"));
        closed(beforeQuarter, "confirmed", "Before the quarter.", Instant.parse("2026-06-30T21:30:00Z"));
        closed(afterQuarter, "confirmed", "After the quarter.", Instant.parse("2026-10-01T08:00:00Z"));
        closed(otherSite, "confirmed", "Utrecht's lesson.", Instant.parse("2026-07-15T12:00:00Z"));
        complaintReceived("ams-centrum", Instant.parse("2026-08-01T10:00:00Z"));
        complaintReceived("ams-centrum", Instant.parse("2026-10-02T10:00:00Z"));
        await().atMost(Duration.ofSeconds(30)).until(() -> count("SELECT count(*) FROM incident_fact "
                + "WHERE closed_at IS NOT NULL") == 5 && count("SELECT count(*) FROM complaint_fact") == 2);

        Map<String, Object> site = post("sanne.manager", "/api/reviews", Map.of("site", "ams-centrum",
                "quarter", "2026-Q3")).statusCode(201).extract().jsonPath().getMap("$");
        List<Map<String, Object>> cases = cases(site);
        assertThat(cases).extracting(c -> c.get("lesson")).containsExactly(
                "[name] ([name]) was threatened by [customer], who called from [contact] and wrote from [contact] "
                        + "about [case]; [name] now stands beside the till after 20:00 and two colleagues respond "
                        + "together.",
                "The desk moved next to the exit.");
        assertThat(cases).extracting(c -> c.get("month")).containsExactly("2026-08", "2026-09");
        assertThat(cases.get(0).get("types")).isEqualTo(List.of("verbal-abuse", "threat"));
        Map<?, ?> figures = (Map<?, ?>) site.get("figures");
        assertThat(figures.get("incidentsClosed")).isEqualTo(2);
        assertThat(figures.get("complaintsReceived")).isEqualTo(1);

        String json = get("sanne.manager", "/api/reviews/" + site.get("id")).statusCode(200).extract().asString();
        assertThat(json).doesNotContain("Emma", "Vries", "emma.staff", "Sanne", "sk1_", "1234", "example.com",
                "INC-", inQuarter.id());

        Map<String, Object> chain = post("henk.hq", "/api/reviews", Map.of("quarter", "2026-Q3")).statusCode(201)
                .extract().jsonPath().getMap("$");
        assertThat(cases(chain)).extracting(c -> c.get("siteId"))
                .containsExactly("utr-centraal", "ams-centrum", "ams-centrum");

        // A site manager reviews their own site only; the chain's review is for HQ safety and HR
        post("sanne.manager", "/api/reviews", Map.of("site", "utr-centraal", "quarter", "2026-Q3")).statusCode(403);
        post("sanne.manager", "/api/reviews", Map.of("quarter", "2026-Q3")).statusCode(403);
        get("bram.manager", "/api/reviews/" + site.get("id")).statusCode(404);
        post("henk.hq", "/api/reviews", Map.of("quarter", "2026-Q5")).statusCode(422)
                .contentType("application/problem+json");

        // An action item with owner and due date, tracked to done
        String action = post("sanne.manager", "/api/reviews/" + site.get("id") + "/actions", Map.of(
                "text", "Add the till scenario to the de-escalation course", "owner", "sanne.manager",
                "dueOn", "2026-12-15")).statusCode(201).extract().path("id");
        post("sanne.manager", "/api/reviews/" + site.get("id") + "/actions/" + action + "/done", Map.of())
                .statusCode(200);
        get("sanne.manager", "/api/reviews/" + site.get("id")).statusCode(200)
                .body("actions[0].doneBy", org.hamcrest.Matchers.equalTo("sanne.manager"));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> cases(Map<String, Object> review) {
        return (List<Map<String, Object>>) review.get("caseStudies");
    }

    private long count(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); ResultSet r = c.createStatement().executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
