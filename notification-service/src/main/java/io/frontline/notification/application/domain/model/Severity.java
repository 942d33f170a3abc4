package io.frontline.notification.application.domain.model;

/**
 * How urgent a notification is. Incidents carry their own severity; for other events the routing
 * rules give one per event type. High and critical always go at once, even in quiet hours; low and
 * medium wait for a recipient's hours and travel in a digest.
 */
public enum Severity {
    LOW, MEDIUM, HIGH, CRITICAL;

    /** High and critical go at once, whatever the recipient's quiet hours. */
    public boolean bypassesQuietHours() {
        return this == HIGH || this == CRITICAL;
    }
}
