package io.frontline.notification.adapter.in.rest.escalation;

import io.frontline.notification.application.domain.model.RoutedEvent;
import io.frontline.notification.application.domain.model.Severity;
import io.frontline.notification.application.domain.service.Escalations;
import io.frontline.notification.application.domain.service.escalation.RecordingEscalationNotifier;
import io.frontline.platform.testing.MutableClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import static io.frontline.platform.testing.infra.Tokens.bearer;
import static io.frontline.platform.testing.infra.Tokens.user;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

/**
 * Safety analytics of escalations (issue 14): a day of critical escalations the test started itself, acknowledged
 * after minutes it chose, the figures worked out by hand — and the scope.
 *
 * <pre>
 * ein-centrum  E1 acknowledged after 2 min, E2 after 4 min, E3 left open
 * ams-centrum  A1 acknowledged after 1 min
 * </pre>
 */
@QuarkusTest
class EscalationStatisticsTest {
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Inject
    Escalations escalation;

    @AfterEach
    void resetTheClock() {
        MutableClock.shared().reset();
    }

    private UUID start(String site) {
        RoutedEvent event = new RoutedEvent(UUID.randomUUID(), "frontline.incident.reported.v1", Severity.CRITICAL, site,
                "INC-2014-" + String.format("%06d", 800_000 + SEQUENCE.incrementAndGet()),
                MutableClock.shared().instant(), Map.of("types", "physical-violence"));
        escalation.escalate(event);
        return RecordingEscalationNotifier.forEvent(event.eventId()).get(0).escalationId();
    }

    private static void acknowledge(String user, UUID id) {
        given().header("Authorization", bearer(user(user))).post("/api/escalations/" + id + "/acknowledge")
                .then().statusCode(200);
    }

    private static ValidatableResponse stats(String user, String query) {
        return given().header("Authorization", bearer(user(user))).get("/api/escalations/stats?" + query).then();
    }

    @Test
    void the_minutes_to_acknowledge_of_a_day_are_counted_per_policy_and_level_in_the_readers_scope() {
        Instant t0 = LocalDate.of(2014, 1, 6).plusDays(ThreadLocalRandom.current().nextInt(0, 1500)).atTime(10, 0)
                .toInstant(ZoneOffset.UTC);
        MutableClock clock = MutableClock.shared();
        clock.set(t0);
        UUID e1 = start("ein-centrum");
        UUID e2 = start("ein-centrum");
        start("ein-centrum");
        UUID a1 = start("ams-centrum");
        clock.set(t0.plus(Duration.ofMinutes(1)));
        acknowledge("sanne.manager", a1);
        clock.set(t0.plus(Duration.ofMinutes(2)));
        acknowledge("fleur.manager", e1);
        clock.set(t0.plus(Duration.ofMinutes(4)));
        acknowledge("fleur.manager", e2);

        LocalDate day = LocalDate.ofInstant(t0, ZoneId.of("Europe/Amsterdam"));
        String period = "from=" + day + "&to=" + day;
        JsonPath ein = stats("fleur.manager", period).statusCode(200).extract().jsonPath();
        assertThat(ein.getList("sites")).containsExactly("ein-centrum");
        assertThat(ein.getLong("total.started")).isEqualTo(3);
        assertThat(ein.getLong("total.acknowledged")).isEqualTo(2);
        assertThat(ein.getLong("total.open")).isEqualTo(1);
        assertThat(ein.getLong("total.exhausted")).isZero();
        assertThat(ein.getDouble("total.toAcknowledge.median")).as("(2 + 4) / 2 minutes").isEqualTo(3.0);
        assertThat(ein.getDouble("total.toAcknowledge.p90")).isEqualTo(4.0);
        assertThat(ein.getList("byPolicy.key")).containsExactly("critical");
        assertThat(ein.getList("byLevel.key")).containsExactly("1");
        assertThat(ein.getDouble("byLevel[0].toAcknowledge.median")).isEqualTo(3.0);
        assertThat(ein.getMap("$")).as("deliveries belong to no site: not for a site manager")
                .containsEntry("deliveriesFailedByChannel", null);

        JsonPath chain = stats("henk.hq", period).statusCode(200).extract().jsonPath();
        assertThat(chain.getLong("total.started")).isEqualTo(4);
        assertThat(chain.getLong("total.acknowledged")).isEqualTo(3);
        assertThat(chain.getDouble("total.toAcknowledge.median")).as("1, 2, 4 minutes").isEqualTo(2.0);
        assertThat(chain.getDouble("total.toAcknowledge.p90")).isEqualTo(4.0);
        assertThat(chain.getMap("deliveriesFailedByChannel")).isNotNull();

        stats("fleur.manager", period + "&site=ams-centrum").statusCode(403)
                .contentType(containsString("application/problem+json"));
        assertThat(stats("sanne.manager", period).statusCode(200).extract().jsonPath().getLong("total.started"))
                .isEqualTo(1);
        stats("hanna.hr", period).statusCode(403);
        stats("henk.hq", "from=" + day + "&to=" + day.minusDays(1)).statusCode(422);
        stats("henk.hq", "from=" + day).statusCode(400);
    }
}
