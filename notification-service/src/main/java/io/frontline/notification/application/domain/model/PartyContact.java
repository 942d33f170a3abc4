package io.frontline.notification.application.domain.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * How to reach the external complainant of a complaint, as complaint-service tells it at send time. Never
 * stored: the delivery keeps only {@code complainant:<complaintId>}.
 */
public record PartyContact(String reference, String email, Language language, LocalDate responseDue) {
    public PartyContact {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(language, "language");
    }
}
