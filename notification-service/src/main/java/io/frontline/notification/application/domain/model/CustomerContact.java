package io.frontline.notification.application.domain.model;

import java.util.Objects;

/**
 * How to reach a customer under a ban, as the owner of their contact data tells it at send time (issue 17). Never
 * stored: the delivery keeps only {@code customer:<subjectKey>}.
 */
public record CustomerContact(String email, Language language) {
    public CustomerContact {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(language, "language");
    }

    @Override
    public String toString() {
        return "CustomerContact[redacted, " + language + "]";
    }
}
