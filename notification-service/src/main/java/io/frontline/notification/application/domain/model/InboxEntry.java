package io.frontline.notification.application.domain.model;

import io.frontline.platform.domain.Site;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * One in-app notification for one person, caused by one event. An event adds at most one entry per
 * recipient, however often it is delivered.
 */
public final class InboxEntry {
    private final UUID id;
    private final String recipientId;
    private final UUID eventId;
    private final String eventType;
    private final String title;
    private final String siteId;
    private final String reference;
    private final String subjectId;
    private final LocalDate dueDate;
    private final Instant createdAt;
    private Instant readAt;

    public InboxEntry(UUID id, String recipientId, UUID eventId, String eventType, String title, String siteId,
                      String reference, String subjectId, LocalDate dueDate, Instant createdAt, Instant readAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.recipientId = Objects.requireNonNull(recipientId, "recipientId");
        this.eventId = Objects.requireNonNull(eventId, "eventId");
        this.eventType = Objects.requireNonNull(eventType, "eventType");
        this.title = Objects.requireNonNull(title, "title");
        this.siteId = siteId;
        this.reference = reference;
        this.subjectId = subjectId;
        this.dueDate = dueDate;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.readAt = readAt;
    }

    /** Tells a person responsible for the site that a complaint arrived there, and when its answer is due. */
    public static InboxEntry newComplaint(Recipient recipient, UUID eventId, String eventType, String complaintId,
                                          String reference, Site site, LocalDate responseDue, Instant now) {
        return new InboxEntry(UUID.randomUUID(), recipient.id(), eventId, eventType,
                "New complaint " + reference + " at " + site.name(), site.id(), reference, complaintId,
                responseDue, now, null);
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

    public Instant createdAt() {
        return createdAt;
    }

    public Instant readAt() {
        return readAt;
    }
}
