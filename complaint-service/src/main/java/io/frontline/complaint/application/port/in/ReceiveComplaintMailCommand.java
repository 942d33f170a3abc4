package io.frontline.complaint.application.port.in;

import java.util.List;
import java.util.Objects;

/**
 * A complaint e-mail as the mail gateway delivered it, already parsed; {@code siteId} is the mailbox's site.
 * {@code replyTokens} are the candidate reply tokens found in the message (the plus-part of the addresses it was
 * sent to, a tag in the subject); none of them is trusted before it is checked.
 */
public record ReceiveComplaintMailCommand(String siteId, String senderName, String senderAddress, String subject,
                                          String body, List<String> replyTokens) {
    public ReceiveComplaintMailCommand {
        Objects.requireNonNull(siteId, "siteId");
        if (body == null || body.isBlank()) {
            throw new IllegalArgumentException("the message has no text");
        }
        subject = subject == null || subject.isBlank() ? "(no subject)" : subject.strip();
        replyTokens = replyTokens == null ? List.of() : List.copyOf(replyTokens);
    }

    @Override
    public String toString() {
        // Never print the sender's name or address, nor the text.
        return "ReceiveComplaintMailCommand[" + siteId + ", redacted]";
    }
}
