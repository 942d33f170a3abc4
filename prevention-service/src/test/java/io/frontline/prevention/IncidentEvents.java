package io.frontline.prevention;

import io.frontline.platform.events.Topics;
import io.frontline.platform.testing.contracts.ContractAssertions;

import java.time.Instant;
import java.util.UUID;

import static io.frontline.prevention.PreventionApi.KAFKA;

/** Publishes incident-service's events on incidents.events as incident-service would, each checked against its contract. */
public final class IncidentEvents {
    private static int number = 900000;

    private IncidentEvents() {
    }

    /** A new incident's id and reference. */
    public record Incident(String id, String reference, String site) {
        public static Incident at(String site) {
            return new Incident(UUID.randomUUID().toString(), String.format("INC-2026-%06d", ++number), site);
        }
    }

    public static void reported(Incident i, String types, Instant at) {
        publish(i, "frontline.incident.reported.v1", at, "{\"incidentId\":\"" + i.id() + "\",\"reference\":\""
                + i.reference() + "\",\"siteId\":\"" + i.site() + "\",\"types\":[" + types + "],\"severity\":\"high\","
                + "\"source\":\"staff-report\",\"perpetratorSubjectKey\":\"sk1_q0Jx3mQ2k9vTt7bR8mWc1nLhP4sY6uZa0eGf5iKd2Oo\","
                + "\"occurredAt\":\"" + at + "\",\"reportedAt\":\"" + at + "\"}");
    }

    public static void confirmed(Incident i, String types, Instant at) {
        publish(i, "frontline.incident.confirmed.v1", at, "{\"incidentId\":\"" + i.id() + "\",\"reference\":\""
                + i.reference() + "\",\"siteId\":\"" + i.site() + "\",\"types\":[" + types + "],\"severity\":\"high\","
                + "\"perpetratorSubjectKey\":\"sk1_q0Jx3mQ2k9vTt7bR8mWc1nLhP4sY6uZa0eGf5iKd2Oo\","
                + "\"policeReportRecommended\":false,\"occurredAt\":\"" + at + "\",\"confirmedAt\":\"" + at + "\","
                + "\"actedBy\":\"sanne.manager\",\"suggestionConfirmedBy\":null}");
    }

    public static void unfounded(Incident i, Instant at) {
        publish(i, "frontline.incident.unfounded.v1", at, "{\"incidentId\":\"" + i.id() + "\",\"reference\":\""
                + i.reference() + "\",\"siteId\":\"" + i.site() + "\",\"decidedAt\":\"" + at + "\"}");
    }

    public static void careTaskOverdue(Incident i, Instant at) {
        publish(i, "frontline.incident.care-task-overdue.v1", at, "{\"incidentId\":\"" + i.id() + "\",\"reference\":\""
                + i.reference() + "\",\"siteId\":\"" + i.site() + "\",\"taskId\":\"" + UUID.randomUUID()
                + "\",\"task\":\"debrief\",\"dueAt\":\"" + at + "\",\"detectedAt\":\"" + at + "\"}");
    }

    public static void closed(Incident i, String outcome, String note, Instant at) {
        publish(i, "frontline.incident.closed.v1", at, "{\"incidentId\":\"" + i.id() + "\",\"reference\":\""
                + i.reference() + "\",\"siteId\":\"" + i.site() + "\",\"outcome\":\"" + outcome + "\",\"closedAt\":\""
                + at + "\"" + (note == null ? "" : ",\"recurrencePreventionNote\":\"" + note + "\"") + "}");
    }

    public static void complaintReceived(String site, Instant at) {
        String id = UUID.randomUUID().toString();
        String value = envelope(id, "/frontline/complaint-service", "frontline.complaint.received.v1", at,
                "{\"complaintId\":\"" + id + "\",\"reference\":\"CMP-2026-" + String.format("%06d", ++number)
                        + "\",\"siteId\":\"" + site + "\",\"channel\":\"web\",\"category\":\"billing\",\"receivedAt\":\""
                        + at + "\",\"responseDue\":\"2026-12-31\",\"language\":\"nl\"}");
        ContractAssertions.assertMatchesContract(value);
        KAFKA.publish(Topics.COMPLAINTS, id, value);
    }

    private static void publish(Incident i, String type, Instant at, String data) {
        String value = envelope(i.id(), "/frontline/incident-service", type, at, data);
        ContractAssertions.assertMatchesContract(value);
        KAFKA.publish(Topics.INCIDENTS, i.id(), value);
    }

    private static String envelope(String subject, String source, String type, Instant at, String data) {
        return "{\"specversion\":\"1.0\",\"id\":\"" + UUID.randomUUID() + "\",\"source\":\"" + source + "\",\"type\":\""
                + type + "\",\"time\":\"" + at + "\",\"subject\":\"" + subject
                + "\",\"datacontenttype\":\"application/json\",\"data\":" + data + "}";
    }
}
