package io.frontline.complaint.application.domain.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A customer's complaint (seed 002). Filing it fixes the reference and the response due date;
 * the workflow beyond receipt comes with the complaints procedure.
 */
public final class Complaint {
    private final UUID id;
    private final ComplaintReference reference;
    private final String siteId;
    private final Channel channel;
    private final Category category;
    private final String subject;
    private final String description;
    private final String language;
    private final Instant receivedAt;
    private final LocalDate responseDue;
    private final String filedBy;
    private ComplaintStatus status;

    public Complaint(UUID id, ComplaintReference reference, String siteId, Channel channel, Category category,
                     String subject, String description, String language, Instant receivedAt, LocalDate responseDue,
                     String filedBy, ComplaintStatus status) {
        this.id = Objects.requireNonNull(id);
        this.reference = Objects.requireNonNull(reference);
        this.siteId = Objects.requireNonNull(siteId);
        this.channel = Objects.requireNonNull(channel);
        this.category = Objects.requireNonNull(category);
        this.subject = Objects.requireNonNull(subject);
        this.description = Objects.requireNonNull(description);
        this.language = language;
        this.receivedAt = Objects.requireNonNull(receivedAt);
        this.responseDue = Objects.requireNonNull(responseDue);
        this.filedBy = Objects.requireNonNull(filedBy);
        this.status = Objects.requireNonNull(status);
    }

    /** Files a new complaint; its response term runs from the moment of receipt. */
    public static ComplaintReceived file(UUID id, ComplaintReference reference, String siteId, Channel channel,
                                         Category category, String subject, String description, String language,
                                         Instant receivedAt, LocalDate responseDue, String filedBy, Instant now) {
        Complaint complaint = new Complaint(id, reference, siteId, channel, category, subject, description, language,
                receivedAt, responseDue, filedBy, ComplaintStatus.RECEIVED);
        return new ComplaintReceived(UUID.randomUUID(), id, now, complaint);
    }

    public UUID id() {
        return id;
    }

    public ComplaintReference reference() {
        return reference;
    }

    public String siteId() {
        return siteId;
    }

    public Channel channel() {
        return channel;
    }

    public Category category() {
        return category;
    }

    public String subject() {
        return subject;
    }

    public String description() {
        return description;
    }

    public String language() {
        return language;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public LocalDate responseDue() {
        return responseDue;
    }

    public String filedBy() {
        return filedBy;
    }

    public ComplaintStatus status() {
        return status;
    }
}
