package io.frontline.incident.application.domain.model;

import io.frontline.platform.domain.SubjectKey;

import java.util.Optional;

/**
 * Who did it, as far as the reporter knows: a pseudonymous subject key (from a phone number, e-mail
 * address or loyalty card, derived before it reaches the domain) and/or a free description. A customer
 * is matched across sites by the key alone; the raw identifier is never part of an incident.
 */
public record Perpetrator(SubjectKey subjectKey, String description) {
    public Perpetrator {
        if (description != null && description.isBlank()) {
            description = null;
        }
        if (subjectKey == null && description == null) {
            throw new IllegalArgumentException("a perpetrator needs a subject key or a description");
        }
    }

    /** The perpetrator if the reporter told anything about them. */
    public static Optional<Perpetrator> ofNullable(SubjectKey subjectKey, String description) {
        boolean noDescription = description == null || description.isBlank();
        return subjectKey == null && noDescription ? Optional.empty()
                : Optional.of(new Perpetrator(subjectKey, description));
    }

    public Optional<SubjectKey> key() {
        return Optional.ofNullable(subjectKey);
    }
}
