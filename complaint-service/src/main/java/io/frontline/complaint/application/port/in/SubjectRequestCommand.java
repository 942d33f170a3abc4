package io.frontline.complaint.application.port.in;

import io.frontline.complaint.application.domain.model.SubjectRequestAction;
import io.frontline.platform.domain.Actor;
import io.frontline.platform.domain.InvalidValue;
import io.frontline.platform.domain.RuleViolation;

import java.util.Objects;

/**
 * A customer's request for access or erasure across every service, by the identifiers they gave (at least one of
 * e-mail address, phone number, loyalty card), with the reason the person handling it records. The identifiers are
 * turned into subject keys and never stored or logged; {@link #toString()} leaves them out.
 */
public record SubjectRequestCommand(Actor actor, String email, String phone, String loyaltyCard,
                                    SubjectRequestAction action, String reason) {
    public SubjectRequestCommand {
        Objects.requireNonNull(actor, "actor");
        email = blankToNull(email);
        phone = blankToNull(phone);
        loyaltyCard = blankToNull(loyaltyCard);
        if (action == null) {
            throw new InvalidValue("action", "action is required: export or erase");
        }
        if (email == null && phone == null && loyaltyCard == null) {
            throw new RuleViolation("email", "Give the customer's e-mail address, phone number or loyalty card");
        }
        if (reason == null || reason.isBlank()) {
            throw new RuleViolation("reason", "Say why the request is made (e.g. the customer's letter of 3 May)");
        }
        reason = reason.strip();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    @Override
    public String toString() {
        return "SubjectRequestCommand[actor=" + actor.userId() + ", action=" + action + ", identifiers redacted]";
    }
}
