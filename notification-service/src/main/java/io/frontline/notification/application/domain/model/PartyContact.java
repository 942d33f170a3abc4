package io.frontline.notification.application.domain.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * How to reach the external complainant of a complaint, as complaint-service tells it at send time. Never
 * stored: the delivery keeps only {@code complainant:<complaintId>}. {@code replyToken} is complaint-service's
 * signed token that the mail carries (Reply-To plus-address, subject tag), so a reply joins the complaint.
 */
public record PartyContact(String reference, String email, Language language, LocalDate responseDue,
                           String replyToken) {
    public PartyContact {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(language, "language");
    }

    @Override
    public String toString() {
        // Never print the address, not even by accident in a log line.
        return "PartyContact[" + reference + ", redacted]";
    }
}
