package io.frontline.notification.adapter.in.messaging;

import io.frontline.platform.testing.Metrics;
import io.agroal.api.AgroalDataSource;
import io.frontline.notification.ComplaintEvents;
import io.frontline.notification.Events;
import io.frontline.notification.QuietSystem;
import io.frontline.notification.SmsGatewayStub;
import io.frontline.platform.events.complaint.ComplaintEventTypes;
import io.frontline.platform.events.incident.IncidentEventTypes;
import io.frontline.platform.testing.MutableClock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.frontline.platform.testing.infra.Tokens.bearer;
import static io.frontline.platform.testing.infra.Tokens.user;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 15: a person acting on what an escalation is about acknowledges it ("by action", who and when), so nobody
 * above them is paged; and critical news reaches a person with a mobile number by SMS, through a signed gateway call.
 */
@QuarkusTest
class ActingOnAnAlertTest {
    private static final String MOBILE = "+31612345678";

    @Inject
    AgroalDataSource dataSource;

    @BeforeEach
    void consumerRunning() {
        ComplaintEvents.awaitConsumerReady(dataSource);
    }

    @AfterEach
    void clockBackAndNothingLeftOpen() {
        MutableClock.shared().reset();
        // The critical incidents' escalations would page the regional managers of later tests' sites otherwise.
        QuietSystem.settle(dataSource);
    }

    @Test
    void confirming_the_suggestion_acknowledges_the_live_alert_so_nobody_above_the_supervisor_is_paged() {
        String callId = "call-" + UUID.randomUUID();
        String suggestion = UUID.randomUUID().toString();
        Events.of(IncidentEventTypes.LIVE_ALERT_V1, d -> d.put("siteId", "cc-rotterdam").put("callId", callId)
                .put("suggestedIncidentId", suggestion)).publish();
        Map<String, Object> open = awaitEscalation(callId, "open");
        assertThat(open).containsEntry("level", 1);

        Events.of(IncidentEventTypes.SUGGESTION_ACTED_ON_V1, d -> d.put("siteId", "cc-rotterdam").put("callId", callId)
                .put("suggestionId", suggestion).put("action", "confirmed").put("actedBy", "ruben.supervisor")).publish();

        Map<String, Object> acknowledged = awaitEscalation(callId, "acknowledged");
        assertThat(acknowledged).containsEntry("acknowledgedBy", "ruben.supervisor")
                .containsEntry("acknowledgedVia", "action");
        assertThat(acknowledged.get("acknowledgedAt")).isNotNull();

        // Past the five minutes after which the regional manager would have been told: nobody more is.
        MutableClock.shared().advance(Duration.ofMinutes(16));
        await().pollDelay(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(4)).until(() -> true);
        assertThat(history(acknowledged)).hasSize(1);
        assertThat(metric()).contains("outcome=\"acknowledged\"").contains("via=\"action\"");
    }

    @Test
    void triaging_an_incident_acknowledges_its_escalation_in_the_name_of_who_triaged_it() {
        String incidentId = UUID.randomUUID().toString();
        String reference = Events.reference("INC");
        Events.of(IncidentEventTypes.REPORTED_V1, d -> d.put("siteId", "ein-centrum").put("incidentId", incidentId)
                .put("reference", reference).put("severity", "critical")).publish();
        awaitEscalation(reference, "open");

        // Someone acting on another incident acknowledges nothing here.
        Events.of(IncidentEventTypes.TRIAGED_V1, d -> d.put("siteId", "ein-centrum")
                .put("incidentId", UUID.randomUUID().toString()).put("reference", Events.reference("INC"))
                .put("severity", "critical").put("actedBy", "fleur.manager")).publish();
        Events.of(IncidentEventTypes.TRIAGED_V1, d -> d.put("siteId", "ein-centrum").put("incidentId", incidentId)
                .put("reference", reference).put("severity", "critical").put("actedBy", "fleur.manager")).publish();

        assertThat(awaitEscalation(reference, "acknowledged")).containsEntry("acknowledgedBy", "fleur.manager")
                .containsEntry("acknowledgedVia", "action");
    }

    @Test
    void a_critical_incident_pages_a_manager_with_a_mobile_number_by_a_signed_sms_and_routine_news_does_not() {
        Map<String, Object> bram = given().header("Authorization", bearer(user("ada.admin")))
                .get("/api/directory/people/bram.manager").then().statusCode(200).extract().jsonPath().getMap("$");
        bram.put("mobile", MOBILE);
        given().header("Authorization", bearer(user("ada.admin"))).contentType("application/json").body(bram)
                .put("/api/directory/people/bram.manager").then().statusCode(200);
        String routine = Events.reference("CMP");
        Events.of(ComplaintEventTypes.RECEIVED_V1, d -> d.put("siteId", "utr-centraal").put("reference", routine)).publish();
        String critical = Events.reference("INC");
        Events.of(IncidentEventTypes.REPORTED_V1, d -> d.put("siteId", "utr-centraal").put("reference", critical)
                .put("incidentId", UUID.randomUUID().toString()).put("severity", "critical")).publish();

        await().atMost(Duration.ofSeconds(20)).until(() -> SmsGatewayStub.RECEIVED.stream()
                .anyMatch(m -> m.body().contains(critical)));
        List<SmsGatewayStub.Message> toBram = SmsGatewayStub.RECEIVED.stream()
                .filter(m -> m.body().contains(critical)).toList();
        assertThat(toBram).hasSize(1);
        assertThat(toBram.get(0).signatureValid()).as("signature checked by the gateway").isTrue();
        assertThat(toBram.get(0).body()).contains("\"to\":\"" + MOBILE + "\"").contains("\"severity\":\"critical\"")
                .contains("http://localhost:8080/acknowledge?token=");
        assertThat(SmsGatewayStub.RECEIVED).noneMatch(m -> m.body().contains(routine));

        // A number that is not one is refused, and changes nothing.
        bram.put("mobile", "06-1234");
        given().header("Authorization", bearer(user("ada.admin"))).contentType("application/json").body(bram)
                .put("/api/directory/people/bram.manager").then().statusCode(400);
        assertThat(given().header("Authorization", bearer(user("ada.admin"))).get("/api/directory/people/bram.manager")
                .then().statusCode(200).extract().path("mobile").toString()).isEqualTo(MOBILE);

        // Back as the directory file has him, for the tests after this one.
        bram.put("mobile", null);
        given().header("Authorization", bearer(user("ada.admin"))).contentType("application/json").body(bram)
                .put("/api/directory/people/bram.manager").then().statusCode(200);
    }

    private static Map<String, Object> awaitEscalation(String reference, String status) {
        return await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200)).until(() ->
                given().header("Authorization", bearer(user("henk.hq"))).queryParam("status", status)
                        .queryParam("reference", reference)
                        .get("/api/escalations").then().statusCode(200).extract().jsonPath()
                        .<Map<String, Object>>getList("items").stream()
                        .filter(e -> reference.equals(e.get("reference"))).findFirst().orElse(null),
                found -> found != null);
    }

    @SuppressWarnings("unchecked")
    private static List<Object> history(Map<String, Object> escalation) {
        Map<String, Object> now = given().header("Authorization", bearer(user("henk.hq")))
                .get("/api/escalations/" + escalation.get("id")).then().statusCode(200).extract().jsonPath().getMap("$");
        return (List<Object>) now.get("history");
    }

    private static String metric() {
        return Metrics.scrape().lines()
                .filter(l -> l.startsWith("frontline_escalations_total") && l.contains("via=\"action\""))
                .findFirst().orElse("");
    }
}
