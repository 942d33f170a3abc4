package io.frontline.incident.adapter.in.callcenter;

import io.frontline.platform.events.EventCodec;
import io.frontline.platform.events.EventEnvelope;
import io.frontline.platform.events.Topics;
import io.frontline.platform.events.incident.IncidentEventTypes;
import io.frontline.platform.testing.contracts.ContractAssertions;
import io.frontline.platform.testing.infra.KafkaServer;
import io.frontline.platform.testing.infra.TopicClient;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static io.frontline.platform.testing.infra.Tokens.bearer;
import static io.frontline.platform.testing.infra.Tokens.user;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Four eyes needs the facts in the records: an incident that began as a live-detection suggestion tells
 * sanction-service who confirmed the suggestion and who confirmed the incident, so that neither approves its ban.
 */
@QuarkusTest
class WhoDecidedTheFactsTest {
    private final TopicClient kafka = new TopicClient(KafkaServer.shared().bootstrapServers());

    @Test
    void the_confirmation_of_a_live_suggestion_names_both_the_suggestions_and_the_incidents_confirmer() {
        String callId = "call-" + UUID.randomUUID();
        String caller = LiveDetectionTest.freshSubjectKey();
        kafka.publish(Topics.CALLCENTER_TRANSCRIPTS, callId,
                LiveDetectionTest.segment(callId, caller, 3, "caller", "I know where you live, I will kill you.", "en"));
        await().atMost(Duration.ofSeconds(20)).until(() -> suggestionOf(callId).isPresent());
        String incidentId = as("ruben.supervisor").post("/api/suggested-incidents/" + suggestionOf(callId)
                .orElseThrow().get("id") + "/confirmation").then().statusCode(200).extract().path("incidentId");

        String base = "/api/incidents/" + incidentId;
        as("henk.hq").body(Map.of()).post(base + "/triage").then().statusCode(200);
        as("henk.hq").body(Map.of()).post(base + "/investigation").then().statusCode(200);
        as("henk.hq").body(Map.of("note", "Opname beluisterd; alleen de agent was erbij.")).post(base + "/confirmation")
                .then().statusCode(200);

        List<ConsumerRecord<String, String>> confirmed = kafka.await(Topics.INCIDENTS, r -> incidentId.equals(r.key())
                && r.value().contains(IncidentEventTypes.CONFIRMED_V1), 1, Duration.ofSeconds(10));
        ContractAssertions.assertMatchesContract(confirmed.get(0).value());
        EventEnvelope event = EventCodec.decode(confirmed.get(0).value());
        assertThat(event.data().get("actedBy").asText()).isEqualTo("henk.hq");
        assertThat(event.data().get("suggestionConfirmedBy").asText()).isEqualTo("ruben.supervisor");
    }

    private static Optional<Map<String, Object>> suggestionOf(String callId) {
        List<Map<String, Object>> open = as("ruben.supervisor").get("/api/suggested-incidents?limit=200").then().statusCode(200)
                .extract().jsonPath().getList("items");
        return open.stream().filter(s -> callId.equals(s.get("callId"))).findFirst();
    }

    private static io.restassured.specification.RequestSpecification as(String username) {
        return given().header("Authorization", bearer(user(username))).contentType(ContentType.JSON);
    }
}
