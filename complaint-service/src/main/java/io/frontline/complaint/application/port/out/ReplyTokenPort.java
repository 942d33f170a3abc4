package io.frontline.complaint.application.port.out;

import io.frontline.complaint.application.domain.model.ComplaintReference;

import java.util.Optional;
import java.util.UUID;

/**
 * The signed reply token every mail to the complainant carries (in its Reply-To address and subject): it names the
 * complaint's reference and an HMAC over the complaint's id under a secret only this service knows, so it is bound
 * to the complaint and cannot be derived from the reference. A reply that carries a valid one joins the complaint.
 */
public interface ReplyTokenPort {
    /** The token for mail about this complaint, e.g. {@code cmp-2026-000123.<24 hex digits>} (lower case). */
    String issue(UUID complaintId, ComplaintReference reference);

    /** The reference a token claims (not yet checked); empty when it is not a token at all. */
    Optional<ComplaintReference> claimedReference(String token);

    /** Whether the token was issued for this complaint (constant-time comparison). */
    boolean isValid(String token, UUID complaintId, ComplaintReference reference);
}
