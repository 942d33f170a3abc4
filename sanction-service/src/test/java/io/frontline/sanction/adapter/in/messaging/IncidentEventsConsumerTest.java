package io.frontline.sanction.adapter.in.messaging;

import io.frontline.platform.testing.Metrics;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.frontline.platform.events.EventCodec;
import io.frontline.platform.events.EventContracts;
import io.frontline.platform.events.incident.IncidentEventTypes;
import io.frontline.platform.events.Topics;
import io.frontline.platform.testing.contracts.ContractAssertions;
import io.frontline.platform.testing.infra.KafkaServer;
import io.frontline.platform.testing.infra.TopicClient;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static io.frontline.platform.testing.infra.Tokens.bearer;
import static io.frontline.platform.testing.infra.Tokens.user;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * incidents.events → incident signals, over a real broker, database and Keycloak: the way
 * incident-service's events arrive, checked against the platform's contract sample.
 */
@QuarkusTest
class IncidentEventsConsumerTest {
    private static final String SAMPLE = EventContracts.sample(IncidentEventTypes.REPORTED_V1);
    private static final String SAMPLE_INCIDENT = EventCodec.decode(SAMPLE).subject();

    private final TopicClient kafka = new TopicClient(KafkaServer.shared().bootstrapServers());

    @Test
    void hq_sees_a_reported_incident_within_five_seconds() {
        kafka.publish(Topics.INCIDENTS, SAMPLE_INCIDENT, SAMPLE);

        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(100))
                .untilAsserted(() -> assertThat(occurrences("henk.hq", SAMPLE_INCIDENT)).isEqualTo(1));
        Map<String, Object> signal = signalAsSeenBy("henk.hq", SAMPLE_INCIDENT);
        assertThat(signal).containsEntry("reference", "INC-2026-000042")
                .containsEntry("siteId", "utr-centraal")
                .containsEntry("types", List.of("verbal-abuse", "threat"))
                .containsEntry("severity", "high")
                .containsEntry("perpetratorSubjectKey", "sk1_q0Jx3mQ2k9vTt7bR8mWc1nLhP4sY6uZa0eGf5iKd2Oo")
                .containsKey("receivedAt");
    }

    @Test
    void the_same_event_delivered_twice_is_recorded_once() {
        kafka.publish(Topics.INCIDENTS, SAMPLE_INCIDENT, SAMPLE);
        kafka.publish(Topics.INCIDENTS, SAMPLE_INCIDENT, SAMPLE);
        // Same key, so the same partition: once this one is in, the duplicates before it were handled.
        String marker = reportedIncident("utr-centraal");
        kafka.publish(Topics.INCIDENTS, SAMPLE_INCIDENT, marker);

        awaitVisible("henk.hq", subjectOf(marker));
        assertThat(occurrences("henk.hq", SAMPLE_INCIDENT)).isEqualTo(1);
    }

    @Test
    void a_site_manager_sees_the_incidents_of_their_own_site_only() {
        String event = reportedIncident("utr-centraal");
        String incident = subjectOf(event);
        kafka.publish(Topics.INCIDENTS, incident, event);

        awaitVisible("bram.manager", incident);
        assertThat(occurrences("noor.regional", incident)).isEqualTo(1);
        assertThat(occurrences("sanne.manager", incident)).isZero();
        assertThat(occurrences("thijs.regional", incident)).isZero();
    }

    @Test
    void a_malformed_record_goes_to_the_dead_letter_topic_and_does_not_block_the_next() {
        String key = UUID.randomUUID().toString();
        String garbage = "{\"specversion\": \"1.0\", \"id\": " + key.hashCode();
        ObjectNode badSeverity = (ObjectNode) readTree(reportedIncident("utr-centraal"));
        ((ObjectNode) badSeverity.get("data")).put("severity", "apocalyptic");
        String wrongData = badSeverity.toString();
        String valid = reportedIncident("utr-centraal");

        kafka.publish(Topics.INCIDENTS, key, garbage);
        kafka.publish(Topics.INCIDENTS, key, wrongData);
        kafka.publish(Topics.INCIDENTS, key, valid);

        awaitVisible("henk.hq", subjectOf(valid));
        List<ConsumerRecord<String, String>> dead = kafka.await(Topics.deadLetter(Topics.INCIDENTS),
                r -> key.equals(r.key()), 2, Duration.ofSeconds(10));
        assertThat(dead).extracting(ConsumerRecord::value).containsExactly(garbage, wrongData);
        assertThat(dead.get(0).headers().lastHeader("dead-letter-reason")).isNotNull();
        assertThat(occurrences("henk.hq", subjectOf(wrongData))).isZero();
        // Retrying cannot mend a malformed record: it is dead-lettered at once, not after three more tries.
        assertThat(faultToleranceMetric("ft_retry_calls_total", "retried=\"false\",retryResult=\"exceptionNotRetryable\""))
                .isGreaterThanOrEqualTo(2);
        assertThat(faultToleranceMetric("ft_retry_retries_total", "")).isZero();
    }

    @Test
    void other_incident_events_are_skipped_without_dead_lettering() {
        String key = UUID.randomUUID().toString();
        ObjectNode other = (ObjectNode) readTree(reportedIncident("utr-centraal"));
        other.put("type", "frontline.incident.triaged.v1");
        String valid = reportedIncident("utr-centraal");

        kafka.publish(Topics.INCIDENTS, key, other.toString());
        kafka.publish(Topics.INCIDENTS, key, valid);

        awaitVisible("henk.hq", subjectOf(valid));
        assertThat(occurrences("henk.hq", other.get("subject").asText())).isZero();
        assertThat(kafka.await(Topics.deadLetter(Topics.INCIDENTS), r -> key.equals(r.key()), 1, Duration.ofSeconds(2)))
                .isEmpty();
    }

    @Test
    void without_a_token_the_list_is_unauthorized() {
        given().get("/api/incident-signals").then().statusCode(401);
    }

    @Test
    void staff_may_not_read_the_list() {
        given().header("Authorization", bearer(user("emma.staff")))
                .get("/api/incident-signals")
                .then().statusCode(403).contentType("application/problem+json");
    }

    /** A new, contract-valid incident.reported event: the platform sample with fresh ids. */
    private static String reportedIncident(String site) {
        ObjectNode event = (ObjectNode) readTree(SAMPLE);
        String incidentId = UUID.randomUUID().toString();
        event.put("id", UUID.randomUUID().toString());
        event.put("subject", incidentId);
        ObjectNode data = (ObjectNode) event.get("data");
        data.put("incidentId", incidentId);
        data.put("siteId", site);
        data.put("reference", String.format("INC-2026-%06d", ThreadLocalRandom.current().nextInt(1, 999_999)));
        String json = event.toString();
        ContractAssertions.assertMatchesContract(json);
        return json;
    }

    private static JsonNode readTree(String json) {
        try {
            return EventCodec.mapper().readTree(json);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subjectOf(String event) {
        return readTree(event).get("subject").asText();
    }

    private static void awaitVisible(String username, String incidentId) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .untilAsserted(() -> assertThat(occurrences(username, incidentId)).isEqualTo(1));
    }

    /** A fault-tolerance counter of the consumer method, from the Prometheus endpoint. */
    private static double faultToleranceMetric(String name, String labels) {
        String method = "method=\"" + IncidentEventsConsumer.class.getName() + ".consume\"";
        return Metrics.scrape().lines()
                .filter(l -> l.startsWith(name + "{") && l.contains(method) && l.contains(labels))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
                .findFirst().orElseThrow(() -> new AssertionError("no metric " + name + " for the consumer"));
    }

    private static int occurrences(String username, String incidentId) {
        List<String> ids = given().header("Authorization", bearer(user(username)))
                .get("/api/incident-signals?limit=500")
                .then().statusCode(200).extract().jsonPath().getList("incidentId");
        return (int) ids.stream().filter(incidentId::equals).count();
    }

    private static Map<String, Object> signalAsSeenBy(String username, String incidentId) {
        List<Map<String, Object>> signals = given().header("Authorization", bearer(user(username)))
                .get("/api/incident-signals").then().statusCode(200).extract().jsonPath().getList("$");
        return signals.stream().filter(s -> incidentId.equals(s.get("incidentId"))).findFirst().orElseThrow();
    }
}
