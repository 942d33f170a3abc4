package io.frontline.complaint.application.port.in;

import java.util.Objects;

/** A complaint e-mail as the mail gateway delivered it, already parsed; {@code siteId} is the mailbox's site. */
public record ReceiveComplaintMailCommand(String siteId, String senderName, String senderAddress, String subject,
                                          String body) {
    public ReceiveComplaintMailCommand {
        Objects.requireNonNull(siteId, "siteId");
        if (body == null || body.isBlank()) {
            throw new IllegalArgumentException("the message has no text");
        }
        subject = subject == null || subject.isBlank() ? "(no subject)" : subject.strip();
    }
}
