package io.frontline.incident.adapter.in.rest;

import io.agroal.api.AgroalDataSource;
import io.frontline.incident.Reports;
import io.frontline.platform.events.EventCodec;
import io.frontline.platform.events.EventEnvelope;
import io.frontline.platform.events.Topics;
import io.frontline.platform.events.callcenter.CallcenterEventTypes;
import io.frontline.platform.events.callcenter.TranscriptSegmentV1;
import io.frontline.platform.events.incident.IncidentEventTypes;
import io.frontline.platform.testing.MutableClock;
import io.frontline.platform.testing.contracts.ContractAssertions;
import io.frontline.platform.testing.infra.KafkaServer;
import io.frontline.platform.testing.infra.TopicClient;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.frontline.platform.testing.infra.Tokens.bearer;
import static io.frontline.platform.testing.infra.Tokens.user;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 15: acting on a suggested incident — confirming, dismissing, taking the call over — is told to the other
 * services with who acted and when, keyed by the call like its live alerts, so that notification-service stops
 * paging the people above the supervisor.
 */
@QuarkusTest
class SuggestionActionsTest {
    private static final SecureRandom RANDOM = new SecureRandom();
    private final TopicClient kafka = new TopicClient(KafkaServer.shared().bootstrapServers());

    @Inject
    AgroalDataSource dataSource;

    @Test
    void the_supervisor_taking_a_call_over_is_recorded_with_who_and_when_and_told_once() {
        String callId = abusiveCall();
        Map<String, Object> suggestion = suggestionOf(callId);

        given().header("Authorization", bearer(user("sanne.manager")))
                .post("/api/suggested-incidents/" + suggestion.get("id") + "/takeover").then().statusCode(404);
        given().header("Authorization", bearer(user("emma.staff")))
                .post("/api/suggested-incidents/" + suggestion.get("id") + "/takeover").then().statusCode(403);
        for (int i = 0; i < 2; i++) {
            given().header("Authorization", bearer(user("ruben.supervisor")))
                    .post("/api/suggested-incidents/" + suggestion.get("id") + "/takeover").then().statusCode(200);
        }

        assertThat(Reports.count(dataSource, "SELECT count(*) FROM suggestion_takeover WHERE suggestion_id = ? "
                + "AND taken_over_by = 'ruben.supervisor' AND taken_over_at IS NOT NULL",
                UUID.fromString((String) suggestion.get("id")))).isEqualTo(1);
        List<EventEnvelope> actions = actionsOn(callId, 2);
        assertThat(actions).hasSize(1);
        assertThat(actions.get(0).data().get("action").asText()).isEqualTo("taken-over");
        assertThat(actions.get(0).data().get("actedBy").asText()).isEqualTo("ruben.supervisor");
        assertThat(actions.get(0).data().get("suggestionId").asText()).isEqualTo(suggestion.get("id"));
    }

    @Test
    void confirming_a_suggestion_tells_who_confirmed_it_and_which_incident_it_became() {
        String callId = abusiveCall();
        Map<String, Object> suggestion = suggestionOf(callId);
        String incidentId = given().header("Authorization", bearer(user("ruben.supervisor")))
                .post("/api/suggested-incidents/" + suggestion.get("id") + "/confirmation").then().statusCode(200)
                .extract().path("incidentId");

        List<EventEnvelope> actions = actionsOn(callId, 1);
        assertThat(actions).hasSize(1);
        assertThat(actions.get(0).data().get("action").asText()).isEqualTo("confirmed");
        assertThat(actions.get(0).data().get("actedBy").asText()).isEqualTo("ruben.supervisor");
        assertThat(actions.get(0).data().get("incidentId").asText()).isEqualTo(incidentId);
        assertThat(actions.get(0).data().get("actedAt").asText()).isNotBlank();
    }

    private List<EventEnvelope> actionsOn(String callId, int atMost) {
        List<ConsumerRecord<String, String>> records = kafka.await(Topics.INCIDENTS, r -> callId.equals(r.key())
                && r.value().contains(IncidentEventTypes.SUGGESTION_ACTED_ON_V1), atMost, Duration.ofSeconds(5));
        records.forEach(r -> ContractAssertions.assertMatchesContract(r.value()));
        return records.stream().map(r -> EventCodec.decode(r.value())).toList();
    }

    private static Map<String, Object> suggestionOf(String callId) {
        return await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100)).until(() ->
                given().header("Authorization", bearer(user("ruben.supervisor"))).get("/api/suggested-incidents?limit=200")
                        .then().statusCode(200).extract().jsonPath().<Map<String, Object>>getList("items").stream()
                        .filter(s -> callId.equals(s.get("callId"))).findFirst().orElse(null), s -> s != null);
    }

    /** One abusive segment of a fresh call at the call center: live detection suggests an incident. */
    private String abusiveCall() {
        String callId = "call-" + UUID.randomUUID();
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String caller = "sk1_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        TranscriptSegmentV1 data = new TranscriptSegmentV1(callId, "cc-rotterdam", "agent-17", caller, "caller",
                "Wat een kutbedrijf, jullie zijn echt achterlijk.", 50_000L, 59_000L, "nl");
        kafka.publish(Topics.CALLCENTER_TRANSCRIPTS, callId, EventCodec.encode(new EventEnvelope(
                EventEnvelope.SPEC_VERSION, UUID.randomUUID(), "/frontline/callcenter-platform",
                CallcenterEventTypes.TRANSCRIPT_SEGMENT_V1, MutableClock.shared().instant(), callId, EventEnvelope.JSON,
                EventCodec.toData(data))));
        return callId;
    }
}
