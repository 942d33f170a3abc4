package io.frontline.complaint.application.port.in;

/**
 * E-mail intake (seed 002: complaints by e-mail): a new message becomes a complaint. A reply joins an existing
 * complaint as a message from the complainant only when it carries a valid reply token from our mail, or quotes the
 * complaint's reference and comes from the complainant's own address (matched by subject key, the HMAC of the
 * address); anything else, a quoted reference alone included, becomes a new complaint. A reply to a question
 * resumes the term.
 */
public interface ReceiveComplaintMailUseCase {
    MailOutcome receive(ReceiveComplaintMailCommand command);

    /** {@code matchedBy}: {@code reply-token} or {@code sender} when attached, null when filed. */
    record MailOutcome(boolean filed, String complaintId, String reference, String matchedBy) {
    }
}
