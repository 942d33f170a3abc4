package io.frontline.complaint.application.port.in;


/**
 * The complainant's personal data (seed 002; GDPR): erased a configured time after closure. A customer's request for
 * access or erasure goes through {@link ComplainantSubjectDataUseCase} (by subject key).
 */
public interface ComplainantPrivacyUseCase {
    /** Erases the contact data of complaints closed longer ago than the retention period; returns how many. */
    int eraseExpiredContacts();

}
