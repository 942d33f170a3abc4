package io.frontline.incident.adapter.out.persistence;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.frontline.incident.application.domain.model.TranscriptLine;
import io.frontline.incident.application.domain.model.TranscriptSegment;
import io.frontline.incident.application.port.out.CallScreeningPort;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lines of a running call are stored in a shape of their own (CONTRIBUTING.md, "One persistence rule"): lines
 * stored before the stored record existed still read, and the stored JSON is pinned here, so renaming a field of
 * {@link TranscriptLine} cannot change (or break reading) what is stored.
 */
@QuarkusTest
class StoredTranscriptLinesTest {
    /** A call's recent lines as Frontline stored them since V42: the domain record written by Jackson as it was. */
    private static final String LINES_AS_STORED_SINCE_V42 = """
            [{"speaker":"caller","text":"Ik wil mijn geld terug.","startOffsetMs":1000},
             {"speaker":"agent","text":"Ik kijk het voor u na.","startOffsetMs":4000}]
            """;

    /** The same lines with the next one kept after them, as a save must write them. */
    private static final String LINES_AFTER_THE_NEXT_ONE = """
            [{"speaker":"caller","text":"Ik wil mijn geld terug.","startOffsetMs":1000},
             {"speaker":"agent","text":"Ik kijk het voor u na.","startOffsetMs":4000},
             {"speaker":"caller","text":"Ik weet waar je woont.","startOffsetMs":9000}]
            """;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    CallScreeningPort calls;

    @Inject
    ObjectMapper json;

    @Test
    void lines_stored_before_the_stored_record_read_and_a_save_writes_the_pinned_stored_shape() throws Exception {
        String callId = "call-stored-" + UUID.randomUUID();
        insert(callId, LINES_AS_STORED_SINCE_V42);
        TranscriptSegment next = new TranscriptSegment(callId, "cc-rotterdam", "lotte.agent", null, "customer",
                "Ik weet waar je woont.", 9000, 10500, "nl");

        List<TranscriptLine> kept = QuarkusTransaction.requiringNew().call(() -> {
            calls.registerCall(next, Instant.parse("2026-03-02T10:00:00Z"));
            return calls.keepLine(next, 20);
        });

        assertThat(kept).containsExactly(new TranscriptLine("caller", "Ik wil mijn geld terug.", 1000),
                new TranscriptLine("agent", "Ik kijk het voor u na.", 4000),
                new TranscriptLine("caller", "Ik weet waar je woont.", 9000));
        assertThat(json.readTree(recentLines(callId))).isEqualTo(json.readTree(LINES_AFTER_THE_NEXT_ONE));
    }

    private void insert(String callId, String lines) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "INSERT INTO monitored_call (call_id, site_id, agent_id, first_seen_at, recent_lines) "
                        + "VALUES (?, 'cc-rotterdam', 'lotte.agent', ?, ?::jsonb)")) {
            s.setString(1, callId);
            s.setTimestamp(2, Timestamp.from(Instant.parse("2026-03-02T09:59:00Z")));
            s.setString(3, lines);
            s.executeUpdate();
        }
    }

    private String recentLines(String callId) throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT recent_lines FROM monitored_call WHERE call_id = ?")) {
            s.setString(1, callId);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }
}
