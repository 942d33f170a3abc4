package io.frontline.notification.adapter.in.rest.escalation;

import io.agroal.api.AgroalDataSource;
import io.frontline.notification.ComplaintEvents;
import io.frontline.notification.Events;
import io.frontline.notification.Mails;
import io.frontline.notification.QuietSystem;
import io.frontline.platform.events.incident.IncidentEventTypes;
import io.frontline.platform.testing.MutableClock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A high incident arrives twice on incidents.events — reported, and escalated at once by incident-service — and the
 * site manager is asked to take it once: one escalation, one mail with a link, so the link she follows is the
 * escalation she stops.
 */
@QuarkusTest
class OneEscalationPerIncidentTest {
    private static final Pattern LINK = Pattern.compile("https?://\\S+/acknowledge\\?token=");

    @Inject
    AgroalDataSource dataSource;

    @BeforeEach
    void quietSystem() {
        ComplaintEvents.awaitConsumerReady(dataSource);
        QuietSystem.settle(dataSource);
    }

    @AfterEach
    void clockBack() {
        MutableClock.shared().reset();
    }

    @Test
    void an_incident_reported_and_escalated_at_once_has_one_escalation_and_one_link_for_the_site_manager() throws Exception {
        String reference = Events.reference("INC");
        String incidentId = UUID.randomUUID().toString();
        Events.of(IncidentEventTypes.REPORTED_V1, d -> d.put("incidentId", incidentId).put("siteId", "utr-centraal")
                .put("reference", reference).put("severity", "high")).publish();
        UUID escalated = Events.of(IncidentEventTypes.ESCALATED_V1, d -> d.put("incidentId", incidentId).put("siteId", "utr-centraal")
                .put("reference", reference).put("severity", "high")).publish().eventId();

        Mails.await("bram.manager@demo-retail.example",
                m -> m.subject().contains(reference) && LINK.matcher(m.text()).find(), 1);
        // The second event has been taken in before counting
        await().atMost(Duration.ofSeconds(30)).until(() -> processed(escalated));

        assertThat(escalations(reference)).as("escalations of %s", reference).isEqualTo(1);
        assertThat(Mails.to("bram.manager@demo-retail.example"))
                .filteredOn(m -> m.subject().contains(reference) && LINK.matcher(m.text()).find())
                .as("mails with an acknowledgement link").hasSize(1);
    }

    private long escalations(String reference) throws SQLException {
        return count("SELECT count(*) FROM escalation WHERE reference = ?", reference);
    }

    /** The platform's inbox records every event a consumer handled. */
    private boolean processed(UUID eventId) throws SQLException {
        return count("SELECT count(*) FROM frontline_processed_event WHERE event_id = ?::uuid", eventId.toString()) > 0;
    }

    private long count(String sql, String value) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, value);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }
}
