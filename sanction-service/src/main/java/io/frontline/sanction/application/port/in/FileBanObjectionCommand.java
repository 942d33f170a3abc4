package io.frontline.sanction.application.port.in;

import io.frontline.platform.domain.RuleViolation;

/** A customer's objection against their ban, with the notice's reference and secret and their grounds. */
public record FileBanObjectionCommand(String reference, String secret, String grounds) {
    /** The longest grounds, in characters (stated on the public page). */
    public static final int GROUNDS_MAX = 4000;

    public FileBanObjectionCommand {
        if (grounds == null || grounds.isBlank()) {
            throw new RuleViolation("grounds", "Say why you object");
        }
        if (grounds.length() > GROUNDS_MAX) {
            throw new RuleViolation("grounds", "At most " + GROUNDS_MAX + " characters");
        }
        grounds = grounds.strip();
    }
}
