package io.frontline.complaint.application.port.out;

import io.frontline.complaint.application.domain.model.ComplainantContact;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The complainant's contact data, stored apart from the complaint text. Found again only through subject keys
 * (HMAC of e-mail or phone), so no raw value is needed to look it up.
 */
public interface ComplainantContactPort {
    void store(UUID complaintId, ComplainantContact contact, String emailKey, String phoneKey);

    Optional<ComplainantContact> find(UUID complaintId);

    List<UUID> complaintsOfSubject(String subjectKey);

    /** The subject key of the complainant's e-mail address (HMAC), when they left one that was not erased. */
    Optional<String> emailKeyOf(UUID complaintId);

    /** Erases the contact data of the complaint; true if there was any. */
    boolean erase(UUID complaintId);
}
