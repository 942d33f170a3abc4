package io.frontline.notification.application.port.in;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * An event of another service, read from its contract: what happened, where, and the flat facts the
 * notices may show or routing needs (party ids such as {@code assignee}, {@code complainantUserId}).
 *
 * @param severity the event's own severity (incidents) or null, to be taken from the routing rules
 * @param siteId   null for events without a site (internal procedures, patterns across sites)
 */
public record RouteEventCommand(UUID eventId, String eventType, String severity, String siteId, String reference,
                                Instant occurredAt, Map<String, String> facts) {
    public RouteEventCommand {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(eventType, "eventType");
        Objects.requireNonNull(occurredAt, "occurredAt");
        facts = facts == null ? Map.of() : facts;
    }
}
