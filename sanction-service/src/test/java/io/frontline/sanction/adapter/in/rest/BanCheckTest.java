package io.frontline.sanction.adapter.in.rest;

import io.frontline.platform.events.sanction.SanctionEventTypes;
import io.frontline.platform.testing.Metrics;
import io.frontline.platform.testing.MutableClock;
import io.frontline.sanction.application.port.in.AdvanceMeasuresUseCase;
import io.frontline.sanction.application.port.in.RefreshBanIndexUseCase;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.frontline.platform.testing.infra.Tokens.bearer;
import static io.frontline.platform.testing.infra.Tokens.client;
import static io.frontline.platform.testing.infra.Tokens.user;
import static io.frontline.sanction.SanctionApi.activeContactBan;
import static io.frontline.sanction.SanctionApi.approve;
import static io.frontline.sanction.SanctionApi.activeEntryBan;
import static io.frontline.sanction.SanctionApi.banned;
import static io.frontline.sanction.SanctionApi.check;
import static io.frontline.sanction.SanctionApi.eventsOf;
import static io.frontline.sanction.SanctionApi.measure;
import static io.frontline.sanction.SanctionApi.newSubjectKey;
import static io.frontline.sanction.SanctionApi.propose;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/** The ban check over HTTP: scope, exact expiry, violations, roles, and an index equal to the database. */
@QuarkusTest
class BanCheckTest {
    private static final MutableClock CLOCK = MutableClock.shared();

    @Inject
    AdvanceMeasuresUseCase advance;

    @Inject
    RefreshBanIndexUseCase index;

    @Inject
    DataSource dataSource;

    @AfterEach
    void resetClock() {
        CLOCK.reset();
    }

    @Test
    void a_banned_subject_is_told_which_measure_until_when() {
        String subject = newSubjectKey();
        String id = activeEntryBan("sanne.manager", "henk.hq", subject, "ams-centrum",
                Map.of("coverage", "sites", "sites", List.of("ams-centrum")));

        check(subject, "ams-centrum").statusCode(200).body("banned", equalTo(true))
                .body("measureId", equalTo(id)).body("measureType", equalTo("entry-ban"))
                .body("until", equalTo(measure("henk.hq", id).get("until"))).body("subjectKey", equalTo(subject));
        check(subject, "utr-centraal").statusCode(200).body("banned", equalTo(false)).body("measureId", nullValue());
        check(newSubjectKey(), "ams-centrum").statusCode(200).body("banned", equalTo(false));
    }

    @Test
    void a_ban_expires_at_its_exact_minute_and_checks_turn_false_at_that_minute() {
        String subject = newSubjectKey();
        String id = activeEntryBan("sanne.manager", "henk.hq", subject, "ams-centrum",
                Map.of("coverage", "sites", "sites", List.of("ams-centrum")));
        Instant until = Instant.parse((String) measure("henk.hq", id).get("until"));
        assertThat(until).isEqualTo(until.truncatedTo(ChronoUnit.MINUTES));

        CLOCK.set(until.minusMillis(1));
        assertThat(banned(subject, "ams-centrum")).isTrue();
        advance.advanceDue();
        assertThat(measure("henk.hq", id)).containsEntry("status", "active");

        CLOCK.set(until);
        assertThat(banned(subject, "ams-centrum")).as("at the minute of its end").isFalse();
        advance.advanceDue();
        advance.advanceDue();
        assertThat(measure("henk.hq", id)).containsEntry("status", "expired");
        List<String> expired = eventsOf(id, SanctionEventTypes.EXPIRED_V1, 2, Duration.ofSeconds(5));
        assertThat(expired).as("expired once").hasSize(1);
        assertThat(expired.get(0)).contains("\"expiredAt\":\"" + until + "\"");
    }

    @Test
    void a_department_ban_does_not_block_another_department() {
        String subject = newSubjectKey();
        activeContactBan(subject, "cc-rotterdam", "ruben.supervisor",
                Map.of("scope", "department", "department", "billing", "channels", List.of("phone")));

        assertThat(banned(subject, "cc-rotterdam", "channel", "phone", "department", "billing")).isTrue();
        assertThat(banned(subject, "cc-rotterdam", "channel", "phone", "department", "orders")).isFalse();
    }

    @Test
    void an_employee_ban_does_not_block_a_colleague() {
        String subject = newSubjectKey();
        activeContactBan(subject, "cc-rotterdam", "ruben.supervisor",
                Map.of("scope", "employee", "employee", "lotte.agent"));

        assertThat(banned(subject, "cc-rotterdam", "channel", "phone", "employee", "lotte.agent")).isTrue();
        assertThat(banned(subject, "cc-rotterdam", "channel", "phone", "employee", "colleague.agent")).isFalse();
    }

    @Test
    void the_alternative_channel_stays_allowed() {
        String subject = newSubjectKey();
        activeContactBan(subject, "cc-rotterdam", "ruben.supervisor",
                Map.of("scope", "all-contact", "alternativeChannel", "written"));

        check(subject, "cc-rotterdam", "channel", "phone").statusCode(200).body("banned", equalTo(true))
                .body("alternativeChannel", equalTo("written"));
        assertThat(banned(subject, "cc-rotterdam", "channel", "email")).isTrue();
        assertThat(banned(subject, "cc-rotterdam", "channel", "written")).isFalse();
    }

    @Test
    void an_entry_ban_on_a_region_blocks_its_sites_only() {
        String subject = newSubjectKey();
        String id = propose("sanne.manager", Map.of("type", "entry-ban",
                "subjectKey", subject, "site", "ams-centrum", "duration", "P1M", "reason", "Repeat threats",
                "entry", Map.of("coverage", "region", "region", "north"))).statusCode(201).extract().path("id");
        approve("bram.manager", id).statusCode(404);
        approve("henk.hq", id).statusCode(200);

        assertThat(banned(subject, "ams-centrum")).isTrue();
        assertThat(banned(subject, "utr-centraal")).isTrue();
        assertThat(banned(subject, "ein-centrum")).isFalse();
    }

    @Test
    void a_violation_is_recorded_once_per_subject_site_and_hour() throws SQLException {
        String subject = newSubjectKey();
        String id = activeEntryBan("sanne.manager", "henk.hq", subject, "ams-centrum",
                Map.of("coverage", "region", "region", "north"));
        // Away from an hour boundary, so that the two checks fall in one hour.
        CLOCK.set(Instant.now().truncatedTo(ChronoUnit.HOURS).plus(Duration.ofMinutes(90)));
        double hits = Metrics.value("frontline_ban_checks_total", Map.of("channel", "in_person", "outcome", "banned"));
        double recorded = Metrics.value("frontline_ban_violations_total", Map.of("channel", "in_person"));

        for (int i = 0; i < 3; i++) {
            assertThat(banned(subject, "ams-centrum")).isTrue();
        }
        assertThat(banned(subject, "utr-centraal")).isTrue();
        assertThat(violations(subject)).containsExactlyInAnyOrder("ams-centrum", "utr-centraal");
        // The operator's figures: every check that found a ban, and each violation once.
        assertThat(Metrics.value("frontline_ban_checks_total", Map.of("channel", "in_person", "outcome", "banned")))
                .isEqualTo(hits + 4);
        assertThat(Metrics.value("frontline_ban_violations_total", Map.of("channel", "in_person")))
                .isEqualTo(recorded + 2);
        assertThat(Metrics.value("frontline_bans_indexed", Map.of())).isGreaterThanOrEqualTo(1);

        CLOCK.advance(Duration.ofHours(1));
        assertThat(banned(subject, "ams-centrum")).isTrue();
        assertThat(violations(subject)).containsExactlyInAnyOrder("ams-centrum", "utr-centraal", "ams-centrum");
        List<String> events = eventsOf(id, SanctionEventTypes.BAN_VIOLATED_V1, 4, Duration.ofSeconds(5));
        assertThat(events).hasSize(3);
        assertThat(events.get(0)).contains("\"siteId\":\"ams-centrum\"", "\"channel\":\"in-person\"",
                "\"measureId\":\"" + id + "\"");
    }

    @Test
    void a_change_written_by_another_replica_is_seen_and_a_rebuild_reads_the_database() throws SQLException {
        String subject = newSubjectKey();
        UUID measure = UUID.randomUUID();
        try (Connection c = dataSource.getConnection()) {
            insertActiveChainBan(c, measure, subject);
            notify(c, subject);
        }
        await().atMost(Duration.ofSeconds(5)).until(() -> banned(subject, "ein-centrum"));

        try (Connection c = dataSource.getConnection();
             PreparedStatement lift = c.prepareStatement(
                     "UPDATE measure SET status = 'LIFTED', version = version + 1 WHERE id = ?")) {
            lift.setObject(1, measure);
            lift.executeUpdate();
            notify(c, subject);
        }
        await().atMost(Duration.ofSeconds(5)).until(() -> !banned(subject, "ein-centrum"));

        String unannounced = newSubjectKey();
        try (Connection c = dataSource.getConnection()) {
            insertActiveChainBan(c, UUID.randomUUID(), unannounced);
        }
        assertThat(banned(unannounced, "ein-centrum")).as("no notice, no change").isFalse();
        index.rebuild();
        assertThat(banned(unannounced, "ein-centrum")).as("as a restarted replica answers").isTrue();
    }

    @Test
    void the_check_is_for_integration_systems_and_managers_of_the_site() {
        String subject = newSubjectKey();
        given().queryParam("subjectKey", subject).queryParam("site", "ams-centrum").get("/api/bans/check")
                .then().statusCode(401);
        given().header("Authorization", bearer(user("emma.staff"))).queryParam("subjectKey", subject)
                .queryParam("site", "ams-centrum").get("/api/bans/check").then().statusCode(403);
        given().header("Authorization", bearer(user("hanna.hr"))).queryParam("subjectKey", subject)
                .queryParam("site", "ams-centrum").get("/api/bans/check").then().statusCode(403);
        given().header("Authorization", bearer(client("door-system"))).queryParam("subjectKey", subject)
                .queryParam("site", "cc-rotterdam").get("/api/bans/check").then().statusCode(403);
        given().header("Authorization", bearer(user("sanne.manager"))).queryParam("subjectKey", subject)
                .queryParam("site", "ams-centrum").get("/api/bans/check").then().statusCode(200);
        given().header("Authorization", bearer(user("sanne.manager"))).queryParam("subjectKey", subject)
                .queryParam("site", "utr-centraal").get("/api/bans/check").then().statusCode(403);
        given().header("Authorization", bearer(client("door-system"))).queryParam("subjectKey", "not-a-subject-key")
                .queryParam("site", "ams-centrum").get("/api/bans/check").then().statusCode(400);
        given().header("Authorization", bearer(client("door-system"))).queryParam("subjectKey", subject)
                .queryParam("site", "ams-centrum").queryParam("channel", "pigeon").get("/api/bans/check")
                .then().statusCode(400);
    }

    @Test
    void the_constant_endpoint_answers_integration_systems() {
        given().header("Authorization", bearer(client("door-system"))).get("/api/bans/ping").then().statusCode(200)
                .body("pong", equalTo(true));
        given().header("Authorization", bearer(user("sanne.manager"))).get("/api/bans/ping").then().statusCode(403);
        given().get("/api/bans/ping").then().statusCode(401);
    }

    @Test
    void the_anonymous_constant_endpoint_answers_anyone_and_tells_nothing() {
        given().get("/api/bans/ping/anonymous").then().statusCode(200).body("pong", equalTo(true));
        given().get("/api/bans/check").then().statusCode(401);
    }

    private List<String> violations(String subject) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement q = c.prepareStatement("SELECT site_id FROM ban_violation WHERE subject_key = ?")) {
            q.setString(1, subject);
            try (ResultSet rs = q.executeQuery()) {
                List<String> sites = new ArrayList<>();
                while (rs.next()) {
                    sites.add(rs.getString(1));
                }
                return sites;
            }
        }
    }

    private static void insertActiveChainBan(Connection c, UUID id, String subject) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO measure (id, version, type, status, subject_key, "
                + "site_id, entry_coverage, rule, rule_explanation, history, police_report_recommended, proposed_by, "
                + "proposed_at, approved_by, approved_at, starts_at, until) VALUES (?, 0, 'ENTRY_BAN', 'ACTIVE', ?, "
                + "'ein-centrum', 'CHAIN', 'manual', 'written by another replica', '[]'::jsonb, false, 'fleur.manager', "
                + "?, 'henk.hq', ?, ?, ?)")) {
            Instant now = Instant.now();
            insert.setObject(1, id);
            insert.setString(2, subject);
            insert.setTimestamp(3, Timestamp.from(now));
            insert.setTimestamp(4, Timestamp.from(now));
            insert.setTimestamp(5, Timestamp.from(now.minusSeconds(60)));
            insert.setTimestamp(6, Timestamp.from(now.plus(Duration.ofDays(30))));
            insert.executeUpdate();
        }
    }

    private static void notify(Connection c, String subject) throws SQLException {
        try (PreparedStatement notify = c.prepareStatement("SELECT pg_notify('frontline_bans', ?)")) {
            notify.setString(1, subject);
            notify.execute();
        }
    }
}
