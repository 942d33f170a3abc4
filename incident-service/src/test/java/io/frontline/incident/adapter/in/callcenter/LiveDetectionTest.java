package io.frontline.incident.adapter.in.callcenter;

import io.agroal.api.AgroalDataSource;
import io.frontline.incident.Reports;
import io.frontline.platform.events.EventCodec;
import io.frontline.platform.events.EventEnvelope;
import io.frontline.platform.events.Topics;
import io.frontline.platform.events.callcenter.CallcenterEventTypes;
import io.frontline.platform.events.callcenter.TranscriptSegmentV1;
import io.frontline.platform.events.incident.IncidentEventTypes;
import io.frontline.platform.testing.Metrics;
import io.frontline.platform.testing.MutableClock;
import io.frontline.platform.testing.contracts.ContractAssertions;
import io.frontline.platform.testing.infra.KafkaServer;
import io.frontline.platform.testing.infra.TopicClient;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.frontline.platform.testing.infra.Tokens.bearer;
import static io.frontline.platform.testing.infra.Tokens.user;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

/**
 * Live call-center detection over the real broker: transcript segments in, one alert per call and rule out,
 * one suggested incident per call for the floor supervisor.
 */
@QuarkusTest
class LiveDetectionTest {
    private static final SecureRandom RANDOM = new SecureRandom();
    private final TopicClient kafka = new TopicClient(KafkaServer.shared().bootstrapServers());

    @Inject
    AgroalDataSource dataSource;

    @Inject
    AlertLatencies latencies;

    static String freshSubjectKey() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return "sk1_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String segment(String callId, String caller, int index, String speaker, String text, String language) {
        TranscriptSegmentV1 data = new TranscriptSegmentV1(callId, "cc-rotterdam", "agent-17", caller, speaker, text,
                index * 10_000L, index * 10_000L + 9_000L, language);
        return EventCodec.encode(new EventEnvelope(EventEnvelope.SPEC_VERSION, UUID.randomUUID(),
                "/frontline/callcenter-platform", CallcenterEventTypes.TRANSCRIPT_SEGMENT_V1,
                MutableClock.shared().instant(), callId, EventEnvelope.JSON, EventCodec.toData(data)));
    }

    /** A twelve-segment call in Dutch in which the caller turns abusive twice (segments 5 and 9). */
    static List<String> abusiveCall(String callId, String caller) {
        String[][] lines = {
                {"agent", "Goedemiddag, klantenservice, u spreekt met Sanne."},
                {"caller", "Ja hallo, ik bel over mijn bestelling van vorige week."},
                {"agent", "Dat zoek ik even voor u op. Mag ik uw ordernummer?"},
                {"caller", "Dat is 4471-22, het pakket is nooit aangekomen."},
                {"agent", "Ik zie dat het pakket bij de buren is afgeleverd."},
                {"caller", "Wat een kutbedrijf, jullie zijn echt achterlijk."},
                {"agent", "Ik begrijp dat u boos bent, ik wil u graag helpen."},
                {"caller", "Ik wil gewoon mijn geld terug."},
                {"agent", "Ik kan een onderzoek starten bij de vervoerder."},
                {"caller", "Kankerlijers zijn jullie allemaal, idioten."},
                {"agent", "Als u zo blijft praten, moet ik het gesprek beëindigen."},
                {"caller", "Doe maar gewoon dat onderzoek dan."},
        };
        List<String> records = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            records.add(segment(callId, caller, i, lines[i][0], lines[i][1], "nl"));
        }
        return records;
    }

    private long rows(String sql, Object... params) {
        return Reports.count(dataSource, sql, params);
    }

    private void awaitHandled(String record) {
        UUID eventId = EventCodec.decode(record).id();
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50)).until(() ->
                rows("SELECT count(*) FROM frontline_processed_event WHERE event_id = ?", eventId) == 1);
    }

    @Test
    void a_call_with_two_abusive_segments_raises_one_alert_and_one_suggestion_within_a_second_and_a_replay_adds_nothing() {
        String callId = "call-" + UUID.randomUUID();
        String caller = freshSubjectKey();
        List<String> call = abusiveCall(callId, caller);
        double alertsBefore = Metrics.value("frontline_live_alerts_total", Map.of("rule", "abusive-language"));
        double timedBefore = Metrics.value("frontline_live_alert_latency_seconds_count", Map.of());
        double withinASecondBefore = Metrics.value("frontline_live_alert_latency_seconds_bucket", Map.of("le", "1.0"));
        for (String record : call) {
            kafka.publish(Topics.CALLCENTER_TRANSCRIPTS, callId, record);
        }
        awaitHandled(call.get(11));

        List<ConsumerRecord<String, String>> alerts = kafka.await(Topics.INCIDENTS,
                r -> callId.equals(r.key()), 2, Duration.ofSeconds(5));
        assertThat(alerts).hasSize(1);
        ContractAssertions.assertMatchesContract(alerts.get(0).value());
        EventEnvelope alert = EventCodec.decode(alerts.get(0).value());
        assertThat(alert.type()).isEqualTo(IncidentEventTypes.LIVE_ALERT_V1);
        assertThat(alert.data().get("rule").asText()).isEqualTo("abusive-language");
        assertThat(alert.data().get("offsetMs").asLong()).isEqualTo(59_000L);
        assertThat(alert.data().get("callerSubjectKey").asText()).isEqualTo(caller);

        List<Long> latency = latencies.of(callId);
        assertThat(latency).hasSize(1);
        String triggerId = EventCodec.decode(call.get(5)).id().toString();
        ConsumerRecord<String, String> trigger = kafka.await(Topics.CALLCENTER_TRANSCRIPTS,
                r -> r.value().contains(triggerId), 1, Duration.ofSeconds(5)).get(0);
        System.out.printf("Live alert for %s: committed %.1f ms after consuming the triggering segment; "
                        + "on incidents.events %d ms after the segment was on callcenter.transcripts%n",
                callId, latency.get(0) / 1000.0, alerts.get(0).timestamp() - trigger.timestamp());
        assertThat(latency.get(0)).as("consumed → alert committed, µs").isLessThan(1_000_000L);
        assertThat(alerts.get(0).timestamp() - trigger.timestamp()).as("segment on the topic → alert on the topic, ms")
                .isLessThan(1_000L);
        assertThat(rows("SELECT count(*) FROM suggested_incident WHERE call_id = ?", callId)).isEqualTo(1);
        // The operator's figures: one alert more, its latency in the histogram, within the second's bucket.
        assertThat(Metrics.value("frontline_live_alerts_total", Map.of("rule", "abusive-language")))
                .isEqualTo(alertsBefore + 1);
        assertThat(Metrics.value("frontline_live_alert_latency_seconds_count", Map.of())).isEqualTo(timedBefore + 1);
        assertThat(Metrics.value("frontline_live_alert_latency_seconds_bucket", Map.of("le", "1.0")))
                .isEqualTo(withinASecondBefore + 1);

        // The same records again, then one more abusive segment with a new event id: nothing new.
        for (String record : call) {
            kafka.publish(Topics.CALLCENTER_TRANSCRIPTS, callId, record);
        }
        String another = segment(callId, caller, 12, "caller", "Kutbedrijf, achterlijke idioten.", "nl");
        kafka.publish(Topics.CALLCENTER_TRANSCRIPTS, callId, another);
        awaitHandled(another);
        assertThat(rows("SELECT count(*) FROM frontline_outbox WHERE record_key = ? AND event_type = ?", callId,
                IncidentEventTypes.LIVE_ALERT_V1)).isEqualTo(1);
        assertThat(rows("SELECT count(*) FROM suggested_incident WHERE call_id = ?", callId)).isEqualTo(1);
        assertThat(latencies.of(callId)).hasSize(1);
    }

    @Test
    void the_floor_supervisor_confirms_a_suggestion_into_a_normal_incident_and_dismisses_another_with_a_reason() {
        String threatening = "call-" + UUID.randomUUID();
        String caller = freshSubjectKey();
        String threat = segment(threatening, caller, 3, "caller", "I know where you live, I will kill you.", "en");
        kafka.publish(Topics.CALLCENTER_TRANSCRIPTS, threatening, threat);
        String rude = "call-" + UUID.randomUUID();
        String insult = segment(rude, freshSubjectKey(), 2, "caller", "ふざけるな、バカ野郎", "ja");
        kafka.publish(Topics.CALLCENTER_TRANSCRIPTS, rude, insult);
        awaitHandled(threat);
        awaitHandled(insult);

        List<Map<String, Object>> open = given().header("Authorization", bearer(user("ruben.supervisor")))
                .get("/api/suggested-incidents?limit=200").then().statusCode(200).extract().jsonPath().getList("items");
        Map<String, Object> toConfirm = open.stream().filter(s -> threatening.equals(s.get("callId"))).findFirst()
                .orElseThrow();
        assertThat(toConfirm.get("rules")).isEqualTo(List.of("threatening-language", "stalking"));
        Map<String, Object> toDismiss = open.stream().filter(s -> rude.equals(s.get("callId"))).findFirst()
                .orElseThrow();
        assertThat(toDismiss.get("rules")).isEqualTo(List.of("abusive-language"));
        given().header("Authorization", bearer(user("sanne.manager"))).get("/api/suggested-incidents?limit=200").then()
                .statusCode(200).body("items.callId", not(hasItem(threatening)));

        String incidentId = given().header("Authorization", bearer(user("ruben.supervisor")))
                .post("/api/suggested-incidents/" + toConfirm.get("id") + "/confirmation").then().statusCode(200)
                .body("status", equalTo("confirmed")).extract().path("incidentId");
        given().header("Authorization", bearer(user("ruben.supervisor"))).get("/api/incidents/" + incidentId).then()
                .statusCode(200).body("source", equalTo("call-center-detection")).body("site", equalTo("cc-rotterdam"))
                .body("types", equalTo(List.of("threat", "stalking"))).body("severity", equalTo("high"))
                .body("perpetratorSubjectKey", equalTo(caller)).body("status", equalTo("reported"));
        given().header("Authorization", bearer(user("ruben.supervisor")))
                .post("/api/suggested-incidents/" + toConfirm.get("id") + "/confirmation").then().statusCode(409);

        given().header("Authorization", bearer(user("ruben.supervisor"))).contentType(ContentType.JSON)
                .body(Map.of()).post("/api/suggested-incidents/" + toDismiss.get("id") + "/dismissal").then()
                .statusCode(422);
        given().header("Authorization", bearer(user("sanne.manager"))).contentType(ContentType.JSON)
                .body(Map.of("note", "x")).post("/api/suggested-incidents/" + toDismiss.get("id") + "/dismissal")
                .then().statusCode(404);
        given().header("Authorization", bearer(user("ruben.supervisor"))).contentType(ContentType.JSON)
                .body(Map.of("note", "Klant citeerde een filmtitel; geen scheldpartij."))
                .post("/api/suggested-incidents/" + toDismiss.get("id") + "/dismissal").then().statusCode(200)
                .body("status", equalTo("dismissed"))
                .body("dismissalReason", equalTo("Klant citeerde een filmtitel; geen scheldpartij."));
        given().header("Authorization", bearer(user("ruben.supervisor")))
                .get("/api/suggested-incidents?status=dismissed&limit=200").then().statusCode(200)
                .body("items.callId", hasItem(rude));
        given().header("Authorization", bearer(user("ruben.supervisor")))
                .get("/api/suggested-incidents/outcomes").then().statusCode(200)
                .body("find { it.rule == 'abusive-language' }.dismissed", greaterThanOrEqualTo(1))
                .body("find { it.rule == 'threatening-language' }.confirmed", greaterThanOrEqualTo(1));
        given().header("Authorization", bearer(user("sanne.manager")))
                .get("/api/suggested-incidents/outcomes").then().statusCode(200).body("", hasSize(0));
    }

    @Test
    void a_call_past_thirty_minutes_and_the_fifth_call_of_a_caller_in_a_day_raise_their_own_alerts() {
        String caller = freshSubjectKey();
        String lastCall = null;
        for (int n = 1; n <= 5; n++) {
            lastCall = "call-" + UUID.randomUUID();
            String record = segment(lastCall, caller, 0, "caller", "Goedemiddag, ik bel weer over hetzelfde.", "nl");
            kafka.publish(Topics.CALLCENTER_TRANSCRIPTS, lastCall, record);
            awaitHandled(record);
        }
        assertThat(rows("SELECT count(*) FROM live_alert WHERE call_id = ? AND rule = 'REPEATED_CALLS'", lastCall))
                .isEqualTo(1);
        assertThat(rows("SELECT count(*) FROM live_alert a JOIN monitored_call c ON c.call_id = a.call_id "
                + "WHERE c.caller_subject_key = ?", caller)).isEqualTo(1);

        String longCall = "call-" + UUID.randomUUID();
        String late = segment(longCall, freshSubjectKey(), 181, "agent", "Is er verder nog iets?", "nl");
        kafka.publish(Topics.CALLCENTER_TRANSCRIPTS, longCall, late);
        awaitHandled(late);
        assertThat(rows("SELECT count(*) FROM live_alert WHERE call_id = ? AND rule = 'CALL_LENGTH'", longCall))
                .isEqualTo(1);
    }
}
