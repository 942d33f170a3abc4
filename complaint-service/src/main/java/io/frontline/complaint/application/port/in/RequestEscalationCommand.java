package io.frontline.complaint.application.port.in;

import io.frontline.complaint.application.domain.model.EscalationLevel;
import io.frontline.platform.domain.RuleViolation;

/**
 * The complainant, known only by reference and tracking secret, asks for their complaint to go to management or to
 * the external complaints committee, and says why (seed 002: the escalation options are theirs to use).
 */
public record RequestEscalationCommand(String reference, String secret, EscalationLevel level, String reason) {
    /** Long enough for a reasoned request, short enough for a form. */
    public static final int MAX_REASON_LENGTH = 2000;

    public RequestEscalationCommand {
        if (level == null) {
            throw new RuleViolation("level", "level is required: management or external-committee");
        }
        if (reason == null || reason.isBlank()) {
            throw new RuleViolation("reason", "reason is required");
        }
        if (reason.length() > MAX_REASON_LENGTH) {
            throw new RuleViolation("reason", "reason may be at most " + MAX_REASON_LENGTH + " characters");
        }
        reason = reason.strip();
    }
}
