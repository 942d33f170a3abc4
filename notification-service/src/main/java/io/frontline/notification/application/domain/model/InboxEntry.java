package io.frontline.notification.application.domain.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.UUID;

/**
 * One in-app notification for one person. A notice (an event, or one escalation level) adds at most one
 * entry per recipient, however often it is delivered.
 */
public final class InboxEntry {
    private final UUID id;
    private final String recipientId;
    private final String deliveryKey;
    private final UUID eventId;
    private final String eventType;
    private final String title;
    private final String siteId;
    private final String reference;
    private final String subjectId;
    private final LocalDate dueDate;
    private final String link;
    private final Instant createdAt;
    private Instant readAt;

    public InboxEntry(UUID id, String recipientId, String deliveryKey, UUID eventId, String eventType, String title,
                      String siteId, String reference, String subjectId, LocalDate dueDate, String link,
                      Instant createdAt, Instant readAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.recipientId = Objects.requireNonNull(recipientId, "recipientId");
        this.deliveryKey = Objects.requireNonNull(deliveryKey, "deliveryKey");
        this.eventId = Objects.requireNonNull(eventId, "eventId");
        this.eventType = Objects.requireNonNull(eventType, "eventType");
        this.title = Objects.requireNonNull(title, "title");
        this.siteId = siteId;
        this.reference = reference;
        this.subjectId = subjectId;
        this.dueDate = dueDate;
        this.link = link;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.readAt = readAt;
    }

    /**
     * The inbox entry of a notice, titled in the recipient's language; it is about the event's subject
     * (fact {@code subjectId}, e.g. the complaint id) and carries its due date (fact {@code responseDue}) and,
     * for an escalation, the acknowledgement link.
     */
    public static InboxEntry of(String recipientId, Notice notice, String title, Instant now) {
        return new InboxEntry(UUID.randomUUID(), recipientId, notice.deliveryKey(), notice.eventId(),
                notice.eventType(), title, notice.siteId(), notice.reference(), notice.fact("subjectId"),
                date(notice.fact("responseDue")),
                notice.escalation() == null ? null : notice.escalation().acknowledgeLink(), now, null);
    }

    private static LocalDate date(String value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Marks the entry read; reading it again keeps the first moment. */
    public void markRead(Instant now) {
        if (readAt == null) {
            readAt = now;
        }
    }

    public boolean isRead() {
        return readAt != null;
    }

    public boolean belongsTo(String personId) {
        return recipientId.equals(personId);
    }

    public UUID id() {
        return id;
    }

    public String recipientId() {
        return recipientId;
    }

    public String deliveryKey() {
        return deliveryKey;
    }

    public UUID eventId() {
        return eventId;
    }

    public String eventType() {
        return eventType;
    }

    public String title() {
        return title;
    }

    public String siteId() {
        return siteId;
    }

    public String reference() {
        return reference;
    }

    /** The id of the thing the entry is about, e.g. the complaint id. */
    public String subjectId() {
        return subjectId;
    }

    public LocalDate dueDate() {
        return dueDate;
    }

    /** The one-click acknowledgement link of an escalation notice; null otherwise. */
    public String link() {
        return link;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant readAt() {
        return readAt;
    }
}
