package io.frontline.notification.application.domain.model;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * An event of another service as routing sees it: what happened, where, how urgent, and the flat
 * facts the templates may show (references, dates, counts — never names or contact data of customers).
 *
 * @param eventId    the CloudEvents id; with recipient and channel it makes a delivery unique
 * @param eventType  the versioned type, e.g. {@code frontline.incident.reported.v1}
 * @param severity   from the event where it carries one, else from the routing rules
 * @param siteId     the site it happened at; null for chain-wide events
 * @param reference  the human reference (CMP-…, INC-…, UB-…, a call id) or null
 * @param occurredAt when it happened
 * @param facts      template facts by name
 */
public record RoutedEvent(UUID eventId, String eventType, Severity severity, String siteId, String reference,
                          Instant occurredAt, Map<String, String> facts) {
    public RoutedEvent {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(eventType, "eventType");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(occurredAt, "occurredAt");
        facts = Map.copyOf(facts);
    }
}
