package io.frontline.notification.adapter.in.rest.escalation;

import io.agroal.api.AgroalDataSource;
import io.frontline.notification.application.domain.model.EscalationLevelNotice;
import io.frontline.notification.application.domain.model.RoutedEvent;
import io.frontline.notification.application.domain.model.Severity;
import io.frontline.notification.application.domain.service.escalation.RecordingEscalationNotifier;
import io.frontline.notification.application.port.in.escalation.TellDueEscalationLevelsUseCase;
import io.frontline.notification.application.domain.service.Escalations;
import io.frontline.platform.testing.Metrics;
import io.frontline.platform.testing.MutableClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static io.frontline.platform.testing.infra.Tokens.bearer;
import static io.frontline.platform.testing.infra.Tokens.client;
import static io.frontline.platform.testing.infra.Tokens.user;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * The escalation ladder end to end, driven through the port routing calls, with the hand-moved clock: who is
 * told when, and what acknowledging (API or one-click link) stops. The default critical policy applies:
 * site manager at once, regional manager at +5 min, HQ safety at +15 min, two repeats.
 */
@QuarkusTest
class EscalationAcknowledgementTest {
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final String ACKNOWLEDGE = "/api/public/escalations/acknowledge";

    @Inject
    Escalations escalation;

    @Inject
    TellDueEscalationLevelsUseCase job;

    @Inject
    AgroalDataSource dataSource;

    private MutableClock clock;
    private Instant t0;

    @BeforeEach
    void holdTheClock() {
        clock = MutableClock.shared();
        clock.reset();
        t0 = clock.instant();
    }

    @AfterEach
    void releaseTheClock() {
        MutableClock.shared().reset();
    }

    @Test
    void without_acknowledgement_level_two_is_told_at_five_minutes_and_level_three_at_fifteen_and_the_link_stops_the_rest() {
        RoutedEvent event = critical("ams-centrum");
        assertThat(escalation.escalate(event)).isTrue();
        assertThat(told(event)).containsExactly("1/1 [sanne.manager]");

        at(Duration.ofSeconds(4 * 60 + 59));
        assertThat(told(event)).containsExactly("1/1 [sanne.manager]");
        at(Duration.ofMinutes(5));
        awaitTold(event, 2);
        assertThat(told(event)).containsExactly("1/1 [sanne.manager]", "1/2 [noor.regional]");

        at(Duration.ofSeconds(14 * 60 + 59));
        assertThat(told(event)).hasSize(2);
        at(Duration.ofMinutes(15));
        awaitTold(event, 3);
        assertThat(told(event)).containsExactly("1/1 [sanne.manager]", "1/2 [noor.regional]", "1/3 [henk.hq]");
    }

    @Test
    void the_one_click_link_after_level_two_stops_level_three_and_works_only_once() {
        RoutedEvent event = critical("ams-centrum");
        escalation.escalate(event);
        at(Duration.ofMinutes(5));
        awaitTold(event, 2);
        EscalationLevelNotice levelTwo = RecordingEscalationNotifier.forEvent(event.eventId()).get(1);
        String link = levelTwo.recipients().get(0).acknowledgeLink();
        assertThat(link).startsWith("http://localhost:8080/acknowledge?token=");

        at(Duration.ofMinutes(7));
        confirm(token(link)).then().statusCode(200).body("acknowledgedNow", equalTo(true))
                .body("reference", equalTo(event.reference()));

        at(Duration.ofMinutes(20));
        assertThat(told(event)).containsExactly("1/1 [sanne.manager]", "1/2 [noor.regional]");
        Map<String, Object> stored = asHq(levelTwo.escalationId());
        assertThat(stored).containsEntry("status", "acknowledged").containsEntry("acknowledgedBy", "noor.regional")
                .containsEntry("acknowledgedVia", "link");

        // The same link a second time: gone, and the acknowledgement stays noor's.
        confirm(token(link)).then().statusCode(410).contentType("application/problem+json");
        given().accept("application/json").queryParam("token", token(link)).get(ACKNOWLEDGE)
                .then().statusCode(410).contentType("application/problem+json");
        assertThat(asHq(levelTwo.escalationId())).containsEntry("acknowledgedBy", "noor.regional");
    }

    @Test
    void opening_the_link_as_a_link_scanner_does_leaves_the_escalation_open_and_only_the_confirmation_acknowledges_it() {
        RoutedEvent event = critical("utr-centraal");
        escalation.escalate(event);
        EscalationLevelNotice notice = RecordingEscalationNotifier.forEvent(event.eventId()).get(0);
        String token = token(notice.recipients().get(0).acknowledgeLink());

        // What a scanner does: GET and HEAD the link, as a browser and as anything else.
        given().redirects().follow(false).accept("text/html").queryParam("token", token).get(ACKNOWLEDGE)
                .then().statusCode(303).header("Location", equalTo("http://localhost:8080/acknowledge?token=" + token));
        given().redirects().follow(false).queryParam("token", token).head(ACKNOWLEDGE).then().statusCode(303);
        given().accept("application/json").queryParam("token", token).head(ACKNOWLEDGE).then().statusCode(200);
        given().accept("application/json").queryParam("token", token).get(ACKNOWLEDGE)
                .then().statusCode(200).contentType("application/json")
                .body("reference", equalTo(event.reference()))
                .body("status", equalTo("open"))
                .body("recipientId", equalTo("bram.manager"));
        assertThat(asHq(notice.escalationId())).containsEntry("status", "open");
        assertThat(asHq(notice.escalationId()).get("acknowledgedBy")).isNull();
        assertThat(linkUses(notice.escalationId())).isZero();

        // A form of another site cannot send the confirmation: it takes JSON only.
        given().contentType("application/x-www-form-urlencoded").formParam("token", token).post(ACKNOWLEDGE)
                .then().statusCode(415);
        assertThat(asHq(notice.escalationId())).containsEntry("status", "open");

        confirm(token).then().statusCode(200).contentType("application/json")
                .body("status", equalTo("acknowledged"))
                .body("acknowledgedBy", equalTo("bram.manager"));
        assertThat(asHq(notice.escalationId())).containsEntry("acknowledgedVia", "link");
        // A replayed confirmation is refused.
        confirm(token).then().statusCode(410).body("type", equalTo("https://frontline.io/problems/link-used"));
    }

    @Test
    void a_forged_link_is_refused_and_changes_nothing() {
        RoutedEvent event = critical("ein-centrum");
        RoutedEvent other = critical("ein-centrum");
        escalation.escalate(event);
        escalation.escalate(other);
        EscalationLevelNotice notice = RecordingEscalationNotifier.forEvent(event.eventId()).get(0);
        UUID otherEscalation = RecordingEscalationNotifier.forEvent(other.eventId()).get(0).escalationId();
        String token = token(notice.recipients().get(0).acknowledgeLink());
        int dot = token.indexOf('.');
        String payload = new String(Base64.getUrlDecoder().decode(token.substring(0, dot)), StandardCharsets.UTF_8);

        // The other escalation's id under this link's signature.
        String otherPayload = payload.replace(notice.escalationId().toString(), otherEscalation.toString());
        String changedId = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(otherPayload.getBytes(StandardCharsets.UTF_8)) + token.substring(dot);
        // One byte of the signature changed.
        byte[] signature = Base64.getUrlDecoder().decode(token.substring(dot + 1));
        signature[0] ^= 0x01;
        String changedSignature = token.substring(0, dot + 1)
                + Base64.getUrlEncoder().withoutPadding().encodeToString(signature);

        for (String forged : List.of(changedId, changedSignature, "not-a-token", "")) {
            given().accept("application/json").queryParam("token", forged).get(ACKNOWLEDGE)
                    .then().statusCode(403).contentType("application/problem+json");
            confirm(forged).then().statusCode(403).contentType("application/problem+json");
        }

        assertThat(asHq(notice.escalationId())).containsEntry("status", "open");
        assertThat(asHq(notice.escalationId()).get("acknowledgedBy")).isNull();
        assertThat(asHq(otherEscalation)).containsEntry("status", "open");
        assertThat(linkUses(notice.escalationId()) + linkUses(otherEscalation)).isZero();
        // The genuine link still works afterwards.
        confirm(token(notice.recipients().get(0).acknowledgeLink())).then().statusCode(200);
    }

    @Test
    void an_expired_link_is_gone_and_acknowledges_nothing() {
        RoutedEvent event = critical("cc-rotterdam");
        escalation.escalate(event);
        EscalationLevelNotice first = RecordingEscalationNotifier.forEvent(event.eventId()).get(0);

        at(Duration.ofHours(24).plusSeconds(1));
        confirm(token(first.recipients().get(0).acknowledgeLink()))
                .then().statusCode(410).contentType("application/problem+json")
                .body("title", equalTo("Link no longer valid"));

        assertThat(asHq(first.escalationId()).get("acknowledgedBy")).isNull();
        assertThat(linkUses(first.escalationId())).isZero();
    }

    @Test
    void acknowledging_over_the_api_stops_the_next_level_and_another_sites_manager_gets_not_found() {
        RoutedEvent event = critical("ams-centrum");
        escalation.escalate(event);
        UUID id = RecordingEscalationNotifier.forEvent(event.eventId()).get(0).escalationId();

        // A manager of another site neither sees nor acknowledges it.
        given().header("Authorization", bearer(user("bram.manager")))
                .post("/api/escalations/" + id + "/acknowledge")
                .then().statusCode(404).contentType("application/problem+json");
        given().header("Authorization", bearer(user("bram.manager")))
                .get("/api/escalations/" + id)
                .then().statusCode(404);
        assertThat(ids("bram.manager", "open")).doesNotContain(id.toString());
        assertThat(ids("sanne.manager", "open")).contains(id.toString());
        assertThat(ids("noor.regional", "open")).contains(id.toString());
        assertThat(ids("henk.hq", "open")).contains(id.toString());
        assertThat(ids("hanna.hr", "open")).doesNotContain(id.toString());

        at(Duration.ofMinutes(2));
        given().header("Authorization", bearer(user("sanne.manager")))
                .post("/api/escalations/" + id + "/acknowledge")
                .then().statusCode(200)
                .body("status", equalTo("acknowledged"))
                .body("acknowledgedBy", equalTo("sanne.manager"))
                .body("acknowledgedVia", equalTo("api"));

        at(Duration.ofMinutes(6));
        assertThat(told(event)).containsExactly("1/1 [sanne.manager]");
        assertThat(ids("sanne.manager", "open")).doesNotContain(id.toString());
        assertThat(ids("sanne.manager", "acknowledged")).contains(id.toString());
        // Acknowledged once: a second acknowledgement is a conflict, not a new owner.
        given().header("Authorization", bearer(user("noor.regional")))
                .post("/api/escalations/" + id + "/acknowledge")
                .then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void people_who_cannot_be_on_a_level_and_systems_are_refused() {
        given().get("/api/escalations").then().statusCode(401);
        given().header("Authorization", bearer(user("emma.staff"))).get("/api/escalations")
                .then().statusCode(403).contentType("application/problem+json");
        // The door system's token is issued for sanction-service only (issue 17: audience).
        given().header("Authorization", bearer(client("door-system"))).get("/api/escalations")
                .then().statusCode(401);
        given().header("Authorization", bearer(user("henk.hq"))).queryParam("status", "closed")
                .get("/api/escalations").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void the_same_routed_event_twice_starts_one_escalation() throws SQLException {
        RoutedEvent event = critical("utr-centraal");

        assertThat(escalation.escalate(event)).isTrue();
        assertThat(escalation.escalate(event)).isTrue();

        assertThat(told(event)).containsExactly("1/1 [bram.manager]");
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("SELECT count(*) FROM escalation WHERE event_id = ?")) {
            query.setObject(1, event.eventId());
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                assertThat(rows.getInt(1)).isEqualTo(1);
            }
        }
    }

    @Test
    void an_event_no_policy_covers_is_not_escalated() {
        RoutedEvent medium = new RoutedEvent(UUID.randomUUID(), "frontline.complaint.received.v1", Severity.MEDIUM,
                "ams-centrum", "CMP-2026-9" + SEQUENCE.incrementAndGet(), t0, Map.of());

        assertThat(escalation.escalate(medium)).isFalse();
        assertThat(RecordingEscalationNotifier.forEvent(medium.eventId())).isEmpty();
    }

    @Test
    void after_the_last_level_the_rounds_repeat_up_to_the_limit_then_the_escalation_is_exhausted() {
        RoutedEvent event = critical("cc-rotterdam");
        escalation.escalate(event);
        UUID id = RecordingEscalationNotifier.forEvent(event.eventId()).get(0).escalationId();

        // Each round: +5 min regional, +10 min HQ, +10 min the next round's level 1.
        Duration elapsed = Duration.ZERO;
        for (int told = 2; told <= 9; told++) {
            elapsed = elapsed.plus(told % 3 == 2 ? Duration.ofMinutes(5) : Duration.ofMinutes(10));
            at(elapsed);
            awaitTold(event, told);
        }
        assertThat(told(event)).containsExactly(
                "1/1 [ruben.supervisor]", "1/2 [thijs.regional]", "1/3 [henk.hq]",
                "2/1 [ruben.supervisor]", "2/2 [thijs.regional]", "2/3 [henk.hq]",
                "3/1 [ruben.supervisor]", "3/2 [thijs.regional]", "3/3 [henk.hq]");
        assertThat(asHq(id)).containsEntry("status", "open");

        at(elapsed.plus(Duration.ofMinutes(10)));
        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(50))
                .until(() -> "exhausted".equals(asHq(id).get("status")));
        at(elapsed.plus(Duration.ofHours(2)));
        assertThat(told(event)).hasSize(9);
        Response history = given().header("Authorization", bearer(user("henk.hq"))).get("/api/escalations/" + id);
        assertThat(history.jsonPath().getList("history")).hasSize(9);
        assertThat(history.jsonPath().getString("nextLevelDueAt")).isNull();
    }

    @Test
    void two_replicas_running_the_job_at_the_same_time_tell_each_level_once() throws Exception {
        List<RoutedEvent> events = List.of(critical("ams-centrum"), critical("utr-centraal"), critical("ein-centrum"),
                critical("cc-rotterdam"), critical("ams-centrum"), critical("utr-centraal"));
        events.forEach(escalation::escalate);
        clock.set(t0.plus(Duration.ofMinutes(5)));

        ExecutorService replicas = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch together = new CountDownLatch(1);
            List<Future<Integer>> runs = new ArrayList<>();
            for (int replica = 0; replica < 2; replica++) {
                runs.add(replicas.submit(() -> {
                    together.await();
                    return job.tellDueLevels();
                }));
            }
            together.countDown();
            for (Future<Integer> run : runs) {
                run.get(10, TimeUnit.SECONDS);
            }
        } finally {
            replicas.shutdownNow();
        }
        job.tellDueLevels();

        for (RoutedEvent event : events) {
            awaitTold(event, 2);
            assertThat(told(event)).hasSize(2).element(1).asString().startsWith("1/2 ");
        }
    }

    @Test
    void escalations_started_and_acknowledged_are_counted_in_the_metrics() {
        RoutedEvent event = critical("ein-centrum");
        escalation.escalate(event);
        confirm(token(RecordingEscalationNotifier.forEvent(event.eventId()).get(0).recipients().get(0).acknowledgeLink()))
                .then().statusCode(200);

        String metrics = Metrics.scrape();
        assertThat(metrics).contains("frontline_escalations_total{outcome=\"started\",policy=\"critical\",via=\"none\"}")
                .contains("frontline_escalations_total{outcome=\"acknowledged\",policy=\"critical\",via=\"link\"}");
    }

    @Test
    void a_critical_escalation_nobody_acknowledges_is_open_and_waiting_in_the_metrics_until_someone_does() {
        RoutedEvent event = critical("ein-centrum");
        escalation.escalate(event);
        UUID id = RecordingEscalationNotifier.forEvent(event.eventId()).get(0).escalationId();
        clock.set(t0.plus(Duration.ofMinutes(11)));

        // The operator's alert fires past ten minutes (deploy/kubernetes/base/monitoring.yaml).
        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(500)).until(() ->
                Metrics.value("frontline_escalations_open_oldest_age_seconds", Map.of("severity", "critical")) >= 660);
        double open = await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(500)).until(() ->
                Metrics.value("frontline_escalations_open", Map.of("severity", "critical")), n -> n >= 1);

        given().header("Authorization", bearer(user("fleur.manager"))).post("/api/escalations/" + id + "/acknowledge")
                .then().statusCode(200);
        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                assertThat(Metrics.value("frontline_escalations_open", Map.of("severity", "critical")))
                        .isEqualTo(open - 1));
    }

    /** Moves the application's time to t0 + offset and runs the job once (the scheduled job may beat it to it). */
    private void at(Duration offset) {
        clock.set(t0.plus(offset));
        job.tellDueLevels();
    }

    private void awaitTold(RoutedEvent event, int levels) {
        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(50))
                .until(() -> RecordingEscalationNotifier.forEvent(event.eventId()).size() >= levels);
    }

    private List<String> told(RoutedEvent event) {
        return RecordingEscalationNotifier.forEvent(event.eventId()).stream()
                .map(n -> n.round() + "/" + n.level() + " "
                        + n.recipients().stream().map(EscalationLevelNotice.LevelRecipient::recipientId).toList())
                .toList();
    }

    private RoutedEvent critical(String site) {
        return new RoutedEvent(UUID.randomUUID(), "frontline.incident.reported.v1", Severity.CRITICAL, site,
                "INC-2026-" + String.format("%06d", 500_000 + SEQUENCE.incrementAndGet()), t0,
                Map.of("types", "physical-violence"));
    }

    private static Map<String, Object> asHq(UUID id) {
        return given().header("Authorization", bearer(user("henk.hq"))).get("/api/escalations/" + id)
                .then().statusCode(200).extract().jsonPath().getMap("$");
    }

    private static List<String> ids(String username, String status) {
        return given().header("Authorization", bearer(user(username))).queryParam("status", status)
                .queryParam("limit", 200).get("/api/escalations").then().statusCode(200).extract().jsonPath().getList("items.id");
    }

    private int linkUses(UUID escalationId) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "SELECT count(*) FROM escalation_link_use WHERE escalation_id = ?")) {
            query.setObject(1, escalationId);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String token(String link) {
        return link.substring(link.indexOf("token=") + "token=".length());
    }

    /** What the web's confirmation page sends when the person confirms. */
    private static Response confirm(String token) {
        return given().contentType("application/json").body(Map.of("token", token)).post(ACKNOWLEDGE);
    }
}
