package io.frontline.prevention.adapter.in.rest;

import io.frontline.platform.testing.MutableClock;
import io.frontline.prevention.IncidentEvents.Incident;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static io.frontline.prevention.IncidentEvents.careTaskOverdue;
import static io.frontline.prevention.IncidentEvents.closed;
import static io.frontline.prevention.IncidentEvents.confirmed;
import static io.frontline.prevention.IncidentEvents.reported;
import static io.frontline.prevention.IncidentEvents.unfounded;
import static io.frontline.prevention.PreventionApi.as;
import static io.frontline.prevention.PreventionApi.clean;
import static io.frontline.prevention.PreventionApi.get;
import static io.frontline.prevention.PreventionApi.post;
import static io.frontline.prevention.PreventionApi.put;
import static io.frontline.prevention.PreventionApi.texts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The compliance report's figures equal those computed by hand on a seeded data set (the directory's people:
 * Amsterdam has emma.staff, sanne.manager and chris.handler; the chain 18 people, 5 of them customer-facing).
 */
@QuarkusTest
class ComplianceReportTest {
    private static final String WINDOW = "from=2026-07-01&to=2026-09-30";

    @Inject
    DataSource dataSource;

    @BeforeEach
    void seed() {
        clean(dataSource);
        MutableClock.shared().reset();
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
        int v = post("henk.hq", "/api/policies/basic-policy/versions", Map.of("effectiveFrom", today.toString(),
                "texts", texts("Basic policy"))).statusCode(201).extract().path("version");
        post("emma.staff", "/api/policies/basic-policy/acknowledgement", Map.of("version", v)).statusCode(200);
        post("sanne.manager", "/api/policies/basic-policy/acknowledgement", Map.of("version", v)).statusCode(200);
        put("sanne.manager", "/api/desks/ams-centrum", Map.of(
                "firstContact", Map.of("kind", "supervisor", "name", "Sanne Visser", "userId", "sanne.manager"),
                "counsellors", List.of(Map.of("kind", "internal-counsellor", "name", "Carla Mulder",
                        "userId", "carla.counsellor", "phone", "+31 20 000 0000")),
                "committee", Map.of("kind", "committee", "name", "Complaints committee",
                        "address", "Postbus 1, 1000 AA Amsterdam (confidential)"),
                "outsideContacts", List.of(Map.of("kind", "police-liaison", "name", "Wijkagent Centrum")))).statusCode(200);
        String course = post("hanna.hr", "/api/courses", Map.of("name", "Customer contact under pressure",
                "audience", "customer-facing", "refreshInterval", "P1Y", "requiredFrom", "2026-01-01"))
                .statusCode(201).extract().path("id");
        post("sanne.manager", "/api/courses/" + course + "/sessions", Map.of("site", "ams-centrum",
                "heldOn", today.minusDays(1).toString(), "attendees", List.of("emma.staff"))).statusCode(201);

        Incident a = Incident.at("ams-centrum");
        reported(a, "\"threat\"", Instant.parse("2026-07-05T10:00:00Z"));
        confirmed(a, "\"threat\"", Instant.parse("2026-07-06T10:00:00Z"));
        careTaskOverdue(a, Instant.parse("2026-07-07T10:00:00Z"));
        closed(a, "confirmed", "Two people respond to threats.", Instant.parse("2026-08-01T10:00:00Z"));
        Incident b = Incident.at("ams-centrum");
        reported(b, "\"verbal-abuse\"", Instant.parse("2026-07-10T10:00:00Z"));
        confirmed(b, "\"verbal-abuse\"", Instant.parse("2026-07-11T10:00:00Z"));
        closed(b, "confirmed", null, Instant.parse("2026-08-02T10:00:00Z"));
        Incident c = Incident.at("ams-centrum");
        reported(c, "\"verbal-abuse\"", Instant.parse("2026-08-01T10:00:00Z"));
        unfounded(c, Instant.parse("2026-08-03T10:00:00Z"));
        Incident d = Incident.at("ams-centrum");
        reported(d, "\"verbal-abuse\"", Instant.parse("2026-09-01T10:00:00Z"));
        Incident utrecht = Incident.at("utr-centraal");
        reported(utrecht, "\"threat\"", Instant.parse("2026-08-01T10:00:00Z"));
        Incident before = Incident.at("ams-centrum");
        reported(before, "\"threat\"", Instant.parse("2026-06-01T10:00:00Z"));
        await().atMost(Duration.ofSeconds(30)).until(() -> count("SELECT count(*) FROM incident_fact") == 6
                && count("SELECT count(*) FROM incident_fact WHERE closed_at IS NOT NULL") == 2
                && count("SELECT count(*) FROM incident_fact WHERE care_late") == 1
                && count("SELECT count(*) FROM incident_fact WHERE decided_at IS NOT NULL") == 3);
    }

    @Test
    void aSitesFiguresEqualTheHandComputedOnesAndItsGapsAreListed() {
        Map<String, Object> report = get("sanne.manager", "/api/compliance?site=ams-centrum&" + WINDOW).statusCode(200)
                .extract().jsonPath().getMap("$");
        Map<String, String> figures = figures(report);
        assertThat(figures).containsEntry("basic-policy.acknowledged-percent", "66.7")   // 2 of 3
                .containsEntry("basic-policy.version-in-force", "1")
                .containsEntry("unwanted-behaviour-protocol.version-in-force", "none")
                .containsEntry("named-people", "Sanne Visser; Carla Mulder")
                .containsEntry("sites-staffed", "1")
                .containsEntry("situations-covered", "4")
                .containsEntry("customer-facing.current-percent", "50.0")                // emma of emma, chris
                .containsEntry("supervisors.current-percent", "0.0")
                .containsEntry("reported", "4")                                          // a, b, c, d
                .containsEntry("fact-finding-done-percent", "75.0")                      // a, b, c of 4
                .containsEntry("victim-care-on-time-percent", "50.0")                    // b of a, b
                .containsEntry("closed-with-prevention-note-percent", "50.0")            // a of a, b
                .containsEntry("reviews-held", "0")
                .containsEntry("partner-reports-received", "0");
        assertThat(gaps(report)).containsExactlyInAnyOrder(
                "1 of 3 employees have not acknowledged basic-policy version 1",
                "No unwanted-behaviour-protocol is published and in force",
                "No course for supervisors staff",
                "1 of 2 customer-facing people are not trained or overdue",
                "1 reported incidents await fact-finding",
                "1 confirmed incidents had victim care late",
                "1 incidents were closed without a prevention note",
                "No review covers the last P3M (the review interval)");

        String csv = as("sanne.manager").get("/api/compliance.csv?site=ams-centrum&" + WINDOW).then()
                .statusCode(200).extract().asString();
        assertThat(csv).startsWith("scope,duty,measure,value,as_of,detail\r\n")
                .contains("ams-centrum,incidents,fact-finding-done-percent,75.0,2026-09-30,"
                        + "3 of 4 reported incidents decided (confirmed or unfounded)\r\n")
                .contains("ams-centrum,incidents,gap,,,1 reported incidents await fact-finding\r\n");
        assertThat(csv.split("\r\n")).hasSize(1 + ((List<?>) report.get("figures")).size()
                + ((List<?>) report.get("gaps")).size());
    }

    @Test
    void theChainsFiguresCountEveryoneAndOnlyHqAndHrSeeThem() {
        Map<String, String> figures = figures(get("henk.hq", "/api/compliance?" + WINDOW).statusCode(200)
                .extract().jsonPath().getMap("$"));
        assertThat(figures).containsEntry("basic-policy.acknowledged-percent", "11.1")   // 2 of 18
                .containsEntry("sites-staffed", "1")                                      // of 4
                .containsEntry("customer-facing.current-percent", "20.0")                 // 1 of 5
                .containsEntry("reported", "5")
                .containsEntry("fact-finding-done-percent", "60.0");                     // 3 of 5
        get("hanna.hr", "/api/compliance.csv?" + WINDOW).statusCode(200).contentType("text/csv");
        get("sanne.manager", "/api/compliance?" + WINDOW).statusCode(403).contentType("application/problem+json");
        get("sanne.manager", "/api/compliance?site=utr-centraal&" + WINDOW).statusCode(403);
        get("emma.staff", "/api/compliance?site=ams-centrum").statusCode(403);
        get("henk.hq", "/api/compliance?from=2026-09-30&to=2026-07-01").statusCode(422);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> figures(Map<String, Object> report) {
        Map<String, String> out = new java.util.HashMap<>();
        for (Map<String, Object> f : (List<Map<String, Object>>) report.get("figures")) {
            out.put((String) f.get("measure"), String.valueOf(f.get("value")));
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static List<String> gaps(Map<String, Object> report) {
        return ((List<Map<String, Object>>) report.get("gaps")).stream().map(g -> (String) g.get("text")).toList();
    }

    private long count(String sql) throws Exception {
        try (Connection c = dataSource.getConnection(); ResultSet r = c.createStatement().executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
