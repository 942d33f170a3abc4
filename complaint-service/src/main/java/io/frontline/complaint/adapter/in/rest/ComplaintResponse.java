package io.frontline.complaint.adapter.in.rest;

import io.frontline.complaint.application.domain.model.Complaint;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

/** A complaint as staff see it. */
public record ComplaintResponse(UUID id, String reference, String site, String channel, String category,
                                String subject, String description, String language, String status,
                                Instant receivedAt, LocalDate responseDue) {
    static ComplaintResponse of(Complaint c) {
        return new ComplaintResponse(c.id(), c.reference().value(), c.siteId(), wire(c.channel().name()),
                wire(c.category().name()), c.subject(), c.description(), c.language(), wire(c.status().name()),
                c.receivedAt(), c.responseDue());
    }

    static String wire(String name) {
        return name.toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
