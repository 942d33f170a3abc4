package io.frontline.incident.adapter.in.messaging;

import io.agroal.api.AgroalDataSource;
import io.frontline.platform.events.EventCodec;
import io.frontline.platform.events.EventContracts;
import io.frontline.platform.events.EventEnvelope;
import io.frontline.platform.events.Topics;
import io.frontline.platform.events.callcenter.CallcenterEventTypes;
import io.frontline.platform.events.callcenter.TranscriptSegmentV1;
import io.frontline.platform.security.IdentifierKind;
import io.frontline.platform.security.SubjectKeys;
import io.frontline.platform.testing.MutableClock;
import io.frontline.platform.testing.contracts.ContractAssertions;
import io.frontline.platform.testing.infra.KafkaServer;
import io.frontline.platform.testing.infra.TopicClient;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static io.frontline.platform.testing.infra.Tokens.bearer;
import static io.frontline.platform.testing.infra.Tokens.client;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The call center's own number: a platform that knows only the caller's number (ANI) sends it on
 * {@code callcenter.transcripts}; Frontline hashes it into the subject key at once and never stores, logs or
 * forwards it — searched for in every row of the service's database, on the topics it writes and in its logs.
 */
@QuarkusTest
class CallerNumberPrivacyTest {
    private final TopicClient kafka = new TopicClient(KafkaServer.shared().bootstrapServers());
    private final List<String> logLines = new ArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            StringBuilder line = new StringBuilder(String.valueOf(record.getMessage()));
            if (record.getParameters() != null) {
                for (Object parameter : record.getParameters()) {
                    line.append(' ').append(parameter);
                }
            }
            if (record.getThrown() != null) {
                line.append(' ').append(record.getThrown());
            }
            synchronized (logLines) {
                logLines.add(line.toString());
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @Inject
    AgroalDataSource dataSource;

    @Inject
    SubjectKeys subjectKeys;

    @BeforeEach
    void captureLogs() {
        capture.setLevel(java.util.logging.Level.ALL);
        Logger.getLogger("").addHandler(capture);
    }

    @AfterEach
    void stopCapturing() {
        Logger.getLogger("").removeHandler(capture);
    }

    static String segment(String callId, String number, int index, String speaker, String text) {
        TranscriptSegmentV1 data = new TranscriptSegmentV1(callId, "cc-rotterdam", "agent-17", null, speaker, text,
                index * 10_000L, index * 10_000L + 9_000L, "nl", number);
        return EventCodec.encode(new EventEnvelope(EventEnvelope.SPEC_VERSION, UUID.randomUUID(),
                "/frontline/callcenter-platform", CallcenterEventTypes.TRANSCRIPT_SEGMENT_V1,
                MutableClock.shared().instant(), callId, EventEnvelope.JSON, EventCodec.toData(data)));
    }

    @Test
    void the_contract_takes_the_caller_as_a_number_or_as_a_subject_key() {
        ContractAssertions.assertMatchesContract(EventContracts.sample(CallcenterEventTypes.TRANSCRIPT_SEGMENT_V1));
        assertThat(EventContracts.sample(CallcenterEventTypes.TRANSCRIPT_SEGMENT_V1)).contains("\"callerNumber\"");
        String withKey = EventCodec.encode(new EventEnvelope(EventEnvelope.SPEC_VERSION, UUID.randomUUID(),
                "/frontline/callcenter-platform", CallcenterEventTypes.TRANSCRIPT_SEGMENT_V1,
                MutableClock.shared().instant(), "call-1", EventEnvelope.JSON, EventCodec.toData(new TranscriptSegmentV1(
                "call-1", "cc-rotterdam", "agent-17", subjectKeys.of(IdentifierKind.PHONE, "0612345678").value(),
                "caller", "Goedemiddag.", 0, 1_000, "nl"))));
        ContractAssertions.assertMatchesContract(withKey);
    }

    @Test
    void a_raw_caller_number_becomes_the_subject_key_and_is_found_in_no_table_topic_or_log() throws Exception {
        String digits = String.valueOf(10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
        String asSent = "+31 6 " + digits.substring(0, 4) + " " + digits.substring(4);
        List<String> forms = List.of(asSent, "+316" + digits, "06" + digits, "6" + digits, "06-" + digits);
        String expectedKey = subjectKeys.of(IdentifierKind.PHONE, "06" + digits).value();
        String callId = "call-" + UUID.randomUUID();

        String threat = segment(callId, asSent, 1, "caller", "Ik weet waar je woont en ik wacht je op na je dienst.");
        ContractAssertions.assertMatchesContract(threat);
        kafka.publish(Topics.CALLCENTER_TRANSCRIPTS, callId, segment(callId, asSent, 0, "agent", "Goedemiddag."));
        kafka.publish(Topics.CALLCENTER_TRANSCRIPTS, callId, threat);
        // A record that cannot be screened (no text) goes to the dead-letter topic — without the number.
        String broken = threat.replace("\"text\":", "\"unheard\":").replace(EventCodec.decode(threat).id().toString(),
                UUID.randomUUID().toString());
        kafka.publish(Topics.CALLCENTER_TRANSCRIPTS, callId, broken);

        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100)).until(() ->
                callerKeyOfSuggestion(callId) != null);
        assertThat(callerKeyOfSuggestion(callId)).as("the suggestion's caller: the number's subject key")
                .isEqualTo(expectedKey);
        List<ConsumerRecord<String, String>> alerts = kafka.await(Topics.INCIDENTS, r -> callId.equals(r.key()), 1,
                Duration.ofSeconds(10));
        assertThat(alerts).isNotEmpty();
        assertThat(EventCodec.decode(alerts.get(0).value()).data().get("callerSubjectKey").asText()).isEqualTo(expectedKey);
        List<ConsumerRecord<String, String>> deadLetters = kafka.await(Topics.CALLCENTER_TRANSCRIPTS + ".dlq",
                r -> r.value().contains(callId), 1, Duration.ofSeconds(20));
        assertThat(deadLetters).as("the unscreenable record on the dead-letter topic").hasSize(1);
        assertThat(deadLetters.get(0).value()).contains(expectedKey);

        List<String> seen = new ArrayList<>(rowsOfEveryTable());
        for (String topic : List.of(Topics.INCIDENTS, Topics.CALLCENTER_TRANSCRIPTS + ".dlq")) {
            kafka.await(topic, r -> true, Integer.MAX_VALUE, Duration.ofSeconds(3))
                    .forEach(r -> seen.add(topic + ": " + r.key() + " " + r.value()));
        }
        synchronized (logLines) {
            assertThat(logLines).as("log lines while the call was screened").isNotEmpty();
            seen.addAll(logLines);
        }
        for (String form : forms) {
            assertThat(seen).as("rows, records and log lines naming " + form).noneMatch(s -> s.contains(form));
        }
    }

    @Test
    void a_raw_caller_number_posted_over_http_becomes_the_subject_key_and_is_found_in_no_table_topic_log_or_answer()
            throws Exception {
        String digits = String.valueOf(10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
        String asSent = "+31 6 " + digits.substring(0, 4) + " " + digits.substring(4);
        List<String> forms = List.of(asSent, "+316" + digits, "06" + digits, "6" + digits, "06-" + digits);
        String expectedKey = subjectKeys.of(IdentifierKind.PHONE, "06" + digits).value();
        String callId = "call-" + UUID.randomUUID();
        List<Map<String, Object>> segments = new ArrayList<>();
        String[][] lines = {{"agent", "Goedemiddag."}, {"caller", "Ik weet waar je woont en ik wacht je op na je dienst."}};
        for (int i = 0; i < lines.length; i++) {
            Map<String, Object> segment = new LinkedHashMap<>();
            segment.put("callId", callId);
            segment.put("siteId", "cc-rotterdam");
            segment.put("agentId", "agent-17");
            segment.put("callerNumber", asSent);
            segment.put("speaker", lines[i][0]);
            segment.put("text", lines[i][1]);
            segment.put("startOffsetMs", i * 10_000L);
            segment.put("endOffsetMs", i * 10_000L + 9_000L);
            segment.put("language", "nl");
            segments.add(segment);
        }
        List<String> seen = new ArrayList<>();
        seen.add("answer: " + given().header("Authorization", bearer(client("callcenter-platform")))
                .contentType("application/json").body(Map.of("segments", segments))
                .when().post("/api/callcenter/segments")
                .then().statusCode(200).extract().asString());
        // A segment the contract refuses (too long a number field is no number) answers 400 without echoing it.
        Map<String, Object> refused = new LinkedHashMap<>(segments.get(1));
        refused.put("callerNumber", asSent + " ext. " + "9".repeat(30));
        refused.put("speaker", "boss");
        seen.add("refusal: " + given().header("Authorization", bearer(client("callcenter-platform")))
                .contentType("application/json").body(Map.of("segments", List.of(refused)))
                .when().post("/api/callcenter/segments")
                .then().statusCode(400).extract().asString());

        assertThat(callerKeyOfSuggestion(callId)).as("the suggestion's caller: the number's subject key")
                .isEqualTo(expectedKey);
        List<ConsumerRecord<String, String>> alerts = kafka.await(Topics.INCIDENTS, r -> callId.equals(r.key()), 1,
                Duration.ofSeconds(10));
        assertThat(alerts).isNotEmpty();
        assertThat(EventCodec.decode(alerts.get(0).value()).data().get("callerSubjectKey").asText()).isEqualTo(expectedKey);

        seen.addAll(rowsOfEveryTable());
        for (String topic : List.of(Topics.INCIDENTS, Topics.CALLCENTER_TRANSCRIPTS, Topics.CALLCENTER_TRANSCRIPTS + ".dlq")) {
            kafka.await(topic, r -> true, Integer.MAX_VALUE, Duration.ofSeconds(3))
                    .forEach(r -> seen.add(topic + ": " + r.key() + " " + r.value()));
        }
        synchronized (logLines) {
            assertThat(logLines).as("log lines while the call was screened").isNotEmpty();
            seen.addAll(logLines);
        }
        for (String form : forms) {
            assertThat(seen).as("answers, rows, records and log lines naming " + form).noneMatch(s -> s.contains(form));
        }
    }

    private String callerKeyOfSuggestion(String callId) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT caller_subject_key FROM suggested_incident WHERE call_id = '"
                     + callId + "'")) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    /** Every row of every table of the service's database, as JSON text. */
    private List<String> rowsOfEveryTable() throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT table_schema || '.' || table_name FROM information_schema.tables "
                    + "WHERE table_schema NOT IN ('pg_catalog', 'information_schema') AND table_type = 'BASE TABLE'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            assertThat(tables).anyMatch(t -> t.endsWith("suggested_incident"));
            for (String table : tables) {
                try (ResultSet rs = s.executeQuery("SELECT row_to_json(t)::text FROM " + table + " t")) {
                    while (rs.next()) {
                        rows.add(table + ": " + rs.getString(1));
                    }
                }
            }
        }
        return rows;
    }
}
