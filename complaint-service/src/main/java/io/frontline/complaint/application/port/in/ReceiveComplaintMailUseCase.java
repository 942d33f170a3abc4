package io.frontline.complaint.application.port.in;

/**
 * E-mail intake (seed 002: complaints by e-mail): a new message becomes a complaint; a reply whose subject
 * quotes an existing reference joins that complaint as a message from the complainant.
 */
public interface ReceiveComplaintMailUseCase {
    MailOutcome receive(ReceiveComplaintMailCommand command);

    record MailOutcome(boolean filed, String complaintId, String reference) {
    }
}
