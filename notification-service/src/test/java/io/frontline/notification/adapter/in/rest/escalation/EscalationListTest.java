package io.frontline.notification.adapter.in.rest.escalation;

import io.agroal.api.AgroalDataSource;
import io.frontline.notification.application.domain.model.RoutedEvent;
import io.frontline.notification.application.domain.model.Severity;
import io.frontline.notification.application.domain.service.Escalations;
import io.frontline.notification.application.domain.service.escalation.RecordingEscalationNotifier;
import io.frontline.platform.testing.MutableClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static io.frontline.platform.testing.infra.Tokens.bearer;
import static io.frontline.platform.testing.infra.Tokens.user;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The escalations list a page at a time: who finds what (their sites and region, what they were told, HQ safety
 * all), the filters, the pages one after another, and its time with 100,000 escalations in the table.
 */
@QuarkusTest
class EscalationListTest {
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final String SEEDED_POLICY = "seeded-for-list-test";

    @Inject
    Escalations escalation;

    @Inject
    AgroalDataSource dataSource;

    @BeforeEach
    @AfterEach
    void resetTheClock() {
        MutableClock.shared().reset();
    }

    @Test
    void a_manager_pages_through_the_escalations_of_their_site_and_another_sites_manager_finds_none_of_them() {
        Set<String> mine = new HashSet<>();
        for (int i = 0; i < 5; i++) {
            mine.add(start("ein-centrum").toString());
        }

        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var request = given().header("Authorization", bearer(user("fleur.manager"))).queryParam("limit", 2)
                    .queryParam("status", "open");
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            Response page = request.get("/api/escalations");
            page.then().statusCode(200);
            assertThat(page.jsonPath().getList("items")).hasSizeLessThanOrEqualTo(2);
            seen.addAll(page.jsonPath().getList("items.id"));
            cursor = page.jsonPath().getString("next");
            pages++;
        } while (cursor != null && pages < 500);
        assertThat(seen).doesNotHaveDuplicates().containsAll(mine);

        assertThat(ids("sanne.manager", Map.of())).doesNotContainAnyElementsOf(mine);
        assertThat(ids("hanna.hr", Map.of())).as("HR: only what they were told").doesNotContainAnyElementsOf(mine);
        assertThat(ids("thijs.regional", Map.of())).as("the region south").containsAll(mine);
        assertThat(ids("henk.hq", Map.of("policy", "critical", "level", "1"))).containsAll(mine);
        assertThat(ids("henk.hq", Map.of("policy", "high"))).doesNotContainAnyElementsOf(mine);
        assertThat(ids("henk.hq", Map.of("level", "2"))).doesNotContainAnyElementsOf(mine);

        given().header("Authorization", bearer(user("fleur.manager"))).queryParam("cursor", "bm90LWEtY3Vyc29y")
                .get("/api/escalations").then().statusCode(400).contentType("application/problem+json");
        given().header("Authorization", bearer(user("fleur.manager"))).queryParam("limit", 0)
                .get("/api/escalations").then().statusCode(400);
    }

    @Test
    @org.junit.jupiter.api.Tag("bench") // a timed figure: bench/work-queues.sh runs it, the test run does not
    void the_list_answers_quickly_with_100000_escalations_in_the_table() throws SQLException {
        seed(100_000);
        try {
            String manager = bearer(user("sanne.manager"));
            String hq = bearer(user("henk.hq"));
            String hr = bearer(user("hanna.hr"));
            List<String> tokens = List.of(manager, hq, hr);
            for (int i = 0; i < 60; i++) {
                given().header("Authorization", tokens.get(i % 3)).get("/api/escalations").then().statusCode(200);
            }
            List<Long> micros = new ArrayList<>();
            for (int i = 0; i < 210; i++) {
                long begin = System.nanoTime();
                var request = given().header("Authorization", tokens.get(i % 3));
                if (i % 2 == 0) {
                    request.queryParam("status", "open");
                }
                request.get("/api/escalations").then().statusCode(200);
                micros.add((System.nanoTime() - begin) / 1000);
            }
            micros.sort(Long::compare);
            System.out.printf("FIGURE notification-service escalations list, 100,000 escalations: p95 %.1f ms, median %.1f ms"
                            + " over %d HTTP calls (a site manager, HQ safety, HR; pages of 50 with their history)%n",
                    micros.get((int) Math.ceil(micros.size() * 0.95) - 1) / 1000.0, micros.get(micros.size() / 2) / 1000.0,
                    micros.size());
        } finally {
            try (Connection c = dataSource.getConnection(); var statement = c.createStatement()) {
                statement.execute("DELETE FROM escalation_step WHERE escalation_id IN (SELECT id FROM escalation WHERE policy = '"
                        + SEEDED_POLICY + "')");
                statement.execute("DELETE FROM escalation WHERE policy = '" + SEEDED_POLICY + "'");
            }
        }
    }

    private UUID start(String site) {
        RoutedEvent event = new RoutedEvent(UUID.randomUUID(), "frontline.incident.reported.v1", Severity.CRITICAL, site,
                "INC-2026-" + String.format("%06d", 700_000 + SEQUENCE.incrementAndGet()), Instant.now(),
                Map.of("types", "physical-violence"));
        escalation.escalate(event);
        return RecordingEscalationNotifier.forEvent(event.eventId()).get(0).escalationId();
    }

    private static List<String> ids(String username, Map<String, String> filters) {
        return given().header("Authorization", bearer(user(username))).queryParams(filters).queryParam("limit", 200)
                .get("/api/escalations").then().statusCode(200).extract().jsonPath().getList("items.id");
    }

    /** Escalations written straight into the tables, each with the first level told, started before today. */
    private void seed(int count) throws SQLException {
        List<String> sites = List.of("ams-centrum", "utr-centraal", "ein-centrum", "cc-rotterdam");
        List<String> managers = List.of("sanne.manager", "bram.manager", "fleur.manager", "ruben.supervisor");
        Instant start = Instant.now().minus(Duration.ofDays(2));
        try (Connection c = dataSource.getConnection();
             PreparedStatement escalation = c.prepareStatement("""
                     INSERT INTO escalation (id, event_id, event_type, severity, site_id, reference, occurred_at, facts,
                         policy, started_at, round, level, next_due_at, status)
                     VALUES (?, ?, 'frontline.incident.reported.v1', 'HIGH', ?, ?, ?, '{}', ?, ?, 1, 1, NULL, ?)""");
             PreparedStatement step = c.prepareStatement("""
                     INSERT INTO escalation_step (escalation_id, round, level, told_at, recipients)
                     VALUES (?, 1, 1, ?, ARRAY[?])""")) {
            c.setAutoCommit(false);
            for (int i = 0; i < count; i++) {
                UUID id = UUID.randomUUID();
                Timestamp at = Timestamp.from(start.minusSeconds(i * 60L));
                escalation.setObject(1, id);
                escalation.setObject(2, UUID.randomUUID());
                escalation.setString(3, sites.get(i % 4));
                escalation.setString(4, "INC-2025-" + String.format("%06d", i));
                escalation.setTimestamp(5, at);
                escalation.setString(6, SEEDED_POLICY);
                escalation.setTimestamp(7, at);
                escalation.setString(8, i % 10 == 0 ? "OPEN" : "EXHAUSTED");
                escalation.addBatch();
                step.setObject(1, id);
                step.setTimestamp(2, at);
                step.setString(3, managers.get(i % 4));
                step.addBatch();
                if (i % 1000 == 999) {
                    escalation.executeBatch();
                    step.executeBatch();
                }
            }
            escalation.executeBatch();
            step.executeBatch();
            c.commit();
            try (var statement = c.createStatement()) {
                statement.execute("ANALYZE escalation");
                statement.execute("ANALYZE escalation_step");
            }
        }
    }
}
