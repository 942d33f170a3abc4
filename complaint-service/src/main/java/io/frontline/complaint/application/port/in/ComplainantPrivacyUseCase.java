package io.frontline.complaint.application.port.in;

import io.frontline.platform.domain.Actor;

import java.time.Instant;
import java.util.List;

/**
 * The complainant's personal data (seed 002; GDPR): erased a configured time after closure, and exported on a
 * subject-access request, found by subject key only.
 */
public interface ComplainantPrivacyUseCase {
    /** Erases the contact data of complaints closed longer ago than the retention period; returns how many. */
    int eraseExpiredContacts();

    List<SubjectAccessRecord> export(Actor actor, String email, String phone);

    record SubjectAccessRecord(String reference, String siteId, Instant receivedAt, String status, String subject,
                               String description, String name, String email, String phone,
                               List<String> messages) {
    }
}
