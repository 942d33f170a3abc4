package io.frontline.notification.application.domain.model.escalation;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * What a one-click acknowledgement link stands for: this person may acknowledge this escalation until the
 * expiry. The link carries it signed; the signature, not a login, is the authority.
 */
public record AcknowledgementToken(UUID escalationId, String recipientId, Instant expiresAt) {
    private static final char SEPARATOR = '|';

    public AcknowledgementToken {
        Objects.requireNonNull(escalationId, "escalationId");
        Objects.requireNonNull(recipientId, "recipientId");
        Objects.requireNonNull(expiresAt, "expiresAt");
        if (recipientId.isBlank() || recipientId.indexOf(SEPARATOR) >= 0) {
            throw new IllegalArgumentException("a recipient id of a link is not blank and has no '|'");
        }
    }

    public boolean expired(Instant now) {
        return !now.isBefore(expiresAt);
    }

    /** The text that is signed: {@code <escalation id>|<recipient id>|<expiry, epoch seconds>}. */
    public String payload() {
        return escalationId + String.valueOf(SEPARATOR) + recipientId + SEPARATOR + expiresAt.getEpochSecond();
    }

    /** The token a payload stands for; empty when the text is not one. */
    public static Optional<AcknowledgementToken> fromPayload(String payload) {
        int first = payload.indexOf(SEPARATOR);
        int last = payload.lastIndexOf(SEPARATOR);
        if (first < 0 || last <= first) {
            return Optional.empty();
        }
        try {
            return Optional.of(new AcknowledgementToken(UUID.fromString(payload.substring(0, first)),
                    payload.substring(first + 1, last),
                    Instant.ofEpochSecond(Long.parseLong(payload.substring(last + 1)))));
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            return Optional.empty();
        }
    }
}
