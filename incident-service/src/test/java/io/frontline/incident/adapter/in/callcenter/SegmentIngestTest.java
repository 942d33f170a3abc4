package io.frontline.incident.adapter.in.callcenter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.frontline.platform.testing.infra.Tokens.bearer;
import static io.frontline.platform.testing.infra.Tokens.client;
import static io.frontline.platform.testing.infra.Tokens.user;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * The call-center platform's other route: segments posted in batches over HTTP are screened exactly as the
 * records of {@code callcenter.transcripts} are — the same alert, once — and only by the platform, for its own
 * call centers, in batches of bounded size.
 */
@QuarkusTest
class SegmentIngestTest {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String PATH = "/api/callcenter/segments";
    private static final String THREAT = "Ik weet waar je woont en ik wacht je op na je dienst.";
    private static final ObjectMapper JSON = new ObjectMapper();
    private final TopicClient kafka = new TopicClient(KafkaServer.shared().bootstrapServers());

    @Inject
    AgroalDataSource dataSource;

    @TestHTTPResource(PATH)
    URI ingest;

    static String freshSubjectKey() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return "sk1_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static Map<String, Object> segment(String callId, String site, String caller, int index, String speaker,
                                       String text) {
        Map<String, Object> segment = new LinkedHashMap<>();
        segment.put("callId", callId);
        segment.put("siteId", site);
        segment.put("agentId", "agent-17");
        segment.put("callerSubjectKey", caller);
        segment.put("speaker", speaker);
        segment.put("text", text);
        segment.put("startOffsetMs", index * 10_000L);
        segment.put("endOffsetMs", index * 10_000L + 9_000L);
        segment.put("language", "nl");
        return segment;
    }

    static Map<String, Object> batch(List<Map<String, Object>> segments) {
        return Map.of("segments", segments);
    }

    private static String platform() {
        return bearer(client("callcenter-platform"));
    }

    private long suggestions(String callId) {
        return Reports.count(dataSource, "SELECT count(*) FROM suggested_incident WHERE call_id = ?", callId);
    }

    @Test
    void an_abusive_segment_posted_over_http_raises_the_same_live_alert_as_on_the_topic_and_a_resent_batch_none() {
        String caller = freshSubjectKey();
        String byTopic = "call-" + UUID.randomUUID();
        String byHttp = "call-" + UUID.randomUUID();
        kafka.publish(Topics.CALLCENTER_TRANSCRIPTS, byTopic, EventCodec.encode(new EventEnvelope(
                EventEnvelope.SPEC_VERSION, UUID.randomUUID(), "/frontline/callcenter-platform",
                CallcenterEventTypes.TRANSCRIPT_SEGMENT_V1, MutableClock.shared().instant(), byTopic, EventEnvelope.JSON,
                EventCodec.toData(new TranscriptSegmentV1(byTopic, "cc-rotterdam", "agent-17", caller, "caller", THREAT,
                        10_000L, 19_000L, "nl")))));
        Map<String, Object> body = batch(List.of(
                segment(byHttp, "cc-rotterdam", caller, 0, "agent", "Goedemiddag, u spreekt met Sanne."),
                segment(byHttp, "cc-rotterdam", caller, 1, "caller", THREAT)));

        given().header("Authorization", platform()).contentType("application/json").body(body)
                .when().post(PATH)
                .then().statusCode(200)
                .body("screened", equalTo(2))
                .body("alerts[0].callId", equalTo(byHttp))
                .body("alerts[0].rules", hasItem("stalking"));

        List<JsonNode> viaTopic = alertsOf(byTopic);
        List<JsonNode> viaHttp = alertsOf(byHttp);
        assertThat(viaHttp).as("alerts by HTTP and by the topic").hasSameSizeAs(viaTopic);
        for (int i = 0; i < viaTopic.size(); i++) {
            for (String field : List.of("rule", "siteId", "agentId", "callerSubjectKey", "offsetMs")) {
                assertThat(viaHttp.get(i).get(field)).as(field).isEqualTo(viaTopic.get(i).get(field));
            }
        }
        assertThat(suggestions(byHttp)).isEqualTo(1);

        // The platform timed out and sends the same batch again: every segment was screened already.
        given().header("Authorization", platform()).contentType("application/json").body(body)
                .when().post(PATH)
                .then().statusCode(200)
                .body("screened", equalTo(2))
                .body("alerts", empty());
        assertThat(kafka.await(Topics.INCIDENTS, r -> byHttp.equals(r.key()), 10, Duration.ofSeconds(3)))
                .as("alerts for the call posted twice").hasSameSizeAs(viaHttp);
    }

    /** The call's live alerts, by rule. */
    private List<JsonNode> alertsOf(String callId) {
        List<ConsumerRecord<String, String>> alerts = kafka.await(Topics.INCIDENTS, r -> callId.equals(r.key()), 1,
                Duration.ofSeconds(20));
        assertThat(alerts).as("live alert for " + callId).isNotEmpty();
        alerts = kafka.await(Topics.INCIDENTS, r -> callId.equals(r.key()), 10, Duration.ofSeconds(2));
        List<JsonNode> data = new ArrayList<>();
        for (ConsumerRecord<String, String> record : alerts) {
            ContractAssertions.assertMatchesContract(record.value());
            EventEnvelope alert = EventCodec.decode(record.value());
            assertThat(alert.type()).isEqualTo(IncidentEventTypes.LIVE_ALERT_V1);
            data.add(alert.data());
        }
        data.sort(java.util.Comparator.comparing(d -> d.get("rule").asText()));
        return data;
    }

    @Test
    void a_batch_of_more_segments_than_allowed_is_refused_as_too_large_and_screens_nothing() {
        String callId = "call-" + UUID.randomUUID();
        List<Map<String, Object>> segments = new ArrayList<>();
        for (int i = 0; i < 101; i++) {
            segments.add(segment(callId, "cc-rotterdam", null, i, "caller", i == 0 ? THREAT : "Ja."));
        }
        given().header("Authorization", platform()).contentType("application/json").body(batch(segments))
                .when().post(PATH)
                .then().statusCode(413).contentType("application/problem+json")
                .body("detail", containsString("100 segments"));
        assertThat(suggestions(callId)).isZero();
    }

    @Test
    void a_batch_of_exactly_the_allowed_size_is_screened_in_the_request() {
        for (int round = 1; round <= 2; round++) {
            String callId = "call-" + UUID.randomUUID();
            List<Map<String, Object>> segments = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                segments.add(segment(callId, "cc-rotterdam", null, i, i % 2 == 0 ? "agent" : "caller",
                        i == 99 ? THREAT : "Ja, dat klopt, het gaat om bestelling " + i + "."));
            }
            long started = System.nanoTime();
            given().header("Authorization", platform()).contentType("application/json").body(batch(segments))
                    .when().post(PATH)
                    .then().statusCode(200)
                    .body("screened", equalTo(100))
                    .body("alerts[0].rules", hasItem("stalking"));
            System.out.printf("Batch %d of 100 segments screened and answered in %d ms%n", round,
                    (System.nanoTime() - started) / 1_000_000);
            assertThat(suggestions(callId)).isEqualTo(1);
        }
    }

    @Test
    void a_body_larger_than_allowed_is_refused_as_too_large_before_it_is_read() {
        String callId = "call-" + UUID.randomUUID();
        List<Map<String, Object>> segments = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            segments.add(segment(callId, "cc-rotterdam", null, i, "caller", (i == 0 ? THREAT : "") + "a".repeat(9_000)));
        }
        given().header("Authorization", platform()).contentType("application/json").body(batch(segments))
                .when().post(PATH)
                .then().statusCode(413).contentType("application/problem+json");
        assertThat(suggestions(callId)).isZero();
    }

    @Test
    void a_batch_body_above_the_ingests_own_limit_is_refused_as_too_large_and_screens_nothing() throws Exception {
        String callId = "call-" + UUID.randomUUID();
        List<Map<String, Object>> segments = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            segments.add(segment(callId, "cc-rotterdam", null, i, "caller", (i == 0 ? THREAT : "") + "a".repeat(8_300)));
        }
        byte[] body = JSON.writeValueAsBytes(batch(segments));
        assertThat(body.length).as("above the ingest's 48 KiB, below every path's 64 KiB").isBetween(49_153, 65_535);
        given().header("Authorization", platform()).contentType("application/json").body(body)
                .when().post(PATH)
                .then().statusCode(413).contentType("application/problem+json")
                .body("detail", containsString("49152 bytes"));
        assertThat(suggestions(callId)).isZero();
    }

    @Test
    void a_batch_that_does_not_state_its_length_is_screened_when_it_stays_within_the_limit() throws Exception {
        String callId = "call-" + UUID.randomUUID();
        byte[] body = JSON.writeValueAsBytes(batch(List.of(segment(callId, "cc-rotterdam", null, 0, "caller", THREAT))));
        // A body from a stream of unknown length goes out chunked, without Content-Length.
        HttpResponse<String> chunked = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1).build()
                .send(HttpRequest.newBuilder(ingest).header("Authorization", platform())
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofInputStream(
                                () -> new ByteArrayInputStream(body))).build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(chunked.statusCode()).isEqualTo(200);
        assertThat(chunked.body()).contains("\"screened\":1");
        assertThat(suggestions(callId)).isEqualTo(1);
    }

    @Test
    void a_chunked_batch_body_above_the_limit_is_refused_as_too_large_and_screens_nothing() throws Exception {
        for (int size : new int[]{70_000, 2_000_000}) {
            String callId = "call-" + UUID.randomUUID();
            List<Map<String, Object>> segments = new ArrayList<>();
            for (int i = 0; i * 9_000 < size; i++) {
                segments.add(segment(callId, "cc-rotterdam", null, i, "caller", (i == 0 ? THREAT : "") + "a".repeat(9_000)));
            }
            byte[] body = JSON.writeValueAsBytes(batch(segments));
            assertThat(body.length).as("above every path's 64 KiB").isGreaterThan(65_536);
            // A body from a stream of unknown length goes out chunked, without Content-Length.
            HttpResponse<String> chunked = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1).build()
                    .send(HttpRequest.newBuilder(ingest).header("Authorization", platform())
                                    .header("Content-Type", "application/json")
                                    .POST(HttpRequest.BodyPublishers.ofInputStream(
                                            () -> new ByteArrayInputStream(body))).build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(chunked.statusCode()).as("chunked body of %d bytes", body.length).isEqualTo(413);
            assertThat(chunked.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(chunked.body()).contains("payload-too-large");
            assertThat(suggestions(callId)).isZero();
        }
    }

    @Test
    void a_malformed_batch_or_segment_is_refused_naming_the_field_and_screens_nothing() {
        given().header("Authorization", platform()).contentType("application/json").body("{\"segments\": [{\"callId\": ")
                .when().post(PATH)
                .then().statusCode(400).contentType("application/problem+json");
        given().header("Authorization", platform()).contentType("application/json").body("{\"segments\": []}")
                .when().post(PATH)
                .then().statusCode(400).contentType("application/problem+json");

        String callId = "call-" + UUID.randomUUID();
        Map<String, Object> wrongSpeaker = segment(callId, "cc-rotterdam", null, 1, "boss", THREAT);
        Map<String, Object> noText = segment(callId, "cc-rotterdam", null, 2, "caller", THREAT);
        noText.remove("text");
        given().header("Authorization", platform()).contentType("application/json")
                .body(batch(List.of(segment(callId, "cc-rotterdam", null, 0, "caller", THREAT), wrongSpeaker, noText)))
                .when().post(PATH)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("segments.speaker[1]"))
                .body("errors.field", hasItem("segments.text[2]"));
        assertThat(suggestions(callId)).as("the valid first segment was not screened either").isZero();
    }

    @Test
    void only_the_call_center_platform_may_post_segments_and_only_for_its_own_call_centers() {
        String callId = "call-" + UUID.randomUUID();
        Map<String, Object> body = batch(List.of(segment(callId, "cc-rotterdam", null, 0, "caller", THREAT)));
        given().contentType("application/json").body(body)
                .when().post(PATH)
                .then().statusCode(401).contentType("application/problem+json");
        given().header("Authorization", bearer(user("emma.staff"))).contentType("application/json").body(body)
                .when().post(PATH)
                .then().statusCode(403).contentType("application/problem+json");
        // The door system's token is issued for sanction-service (the ban check) only.
        given().header("Authorization", bearer(client("door-system"))).contentType("application/json").body(body)
                .when().post(PATH)
                .then().statusCode(401);
        given().header("Authorization", platform()).contentType("application/json")
                .body(batch(List.of(segment(callId, "cc-rotterdam", null, 0, "agent", "Goedemiddag."),
                        segment(callId, "ams-centrum", null, 1, "caller", THREAT))))
                .when().post(PATH)
                .then().statusCode(403).contentType("application/problem+json");
        assertThat(suggestions(callId)).isZero();
    }
}
