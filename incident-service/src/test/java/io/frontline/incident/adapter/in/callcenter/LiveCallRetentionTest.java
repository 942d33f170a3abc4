package io.frontline.incident.adapter.in.callcenter;

import io.agroal.api.AgroalDataSource;
import io.frontline.incident.Reports;
import io.frontline.platform.events.EventCodec;
import io.frontline.platform.events.Topics;
import io.frontline.platform.retention.RetentionJob;
import io.frontline.platform.testing.MutableClock;
import io.frontline.platform.testing.infra.KafkaServer;
import io.frontline.platform.testing.infra.TopicClient;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Live-call state (transcript lines, the caller's subject key) is erased thirty days after the call. */
@QuarkusTest
class LiveCallRetentionTest {
    private final TopicClient kafka = new TopicClient(KafkaServer.shared().bootstrapServers());

    @Inject
    AgroalDataSource dataSource;

    @Inject
    RetentionJob job;

    @AfterEach
    void resetClock() {
        MutableClock.shared().reset();
    }

    @Test
    void a_calls_transcript_lines_and_callers_key_are_erased_thirty_days_after_the_call_and_not_before() {
        MutableClock.shared().set(Instant.parse("2031-10-01T09:00:00Z"));
        String callId = "call-" + UUID.randomUUID();
        String record = LiveDetectionTest.segment(callId, LiveDetectionTest.freshSubjectKey(), 0, "caller",
                "Ik bel over mijn bestelling van vorige week.", "nl");
        kafka.publish(Topics.CALLCENTER_TRANSCRIPTS, callId, record);
        UUID eventId = EventCodec.decode(record).id();
        await().atMost(Duration.ofSeconds(20)).until(() -> Reports.count(dataSource,
                "SELECT count(*) FROM frontline_processed_event WHERE event_id = ?", eventId) == 1);
        assertThat(keptState(callId)).isEqualTo(1);

        MutableClock.shared().set(Instant.parse("2031-10-30T09:00:00Z"));
        job.eraseExpired();
        assertThat(keptState(callId)).isEqualTo(1);

        MutableClock.shared().set(Instant.parse("2031-11-01T09:00:00Z"));
        job.eraseExpired();
        assertThat(keptState(callId)).isZero();
    }

    /** 1 while the call still holds its caller's key or transcript lines, 0 once both are gone. */
    private long keptState(String callId) {
        return Reports.count(dataSource, "SELECT count(*) FROM monitored_call WHERE call_id = ? "
                + "AND (caller_subject_key IS NOT NULL OR recent_lines <> '[]')", callId);
    }
}
