package io.frontline.notification.application.domain.model;

import java.util.Objects;
import java.util.Optional;

/**
 * How to reach a customer under a ban, as the owner of their contact data tells it at send time (issue 17): an
 * e-mail address, a mobile number, or both. Never stored: the delivery keeps only {@code customer:<subjectKey>}.
 */
public record CustomerContact(String email, String mobile, Language language) {
    public CustomerContact {
        email = blankToNull(email);
        mobile = blankToNull(mobile);
        if (email == null && mobile == null) {
            throw new IllegalArgumentException("a customer's contact has an e-mail address or a mobile number");
        }
        Objects.requireNonNull(language, "language");
    }

    public Optional<String> emailAddress() {
        return Optional.ofNullable(email);
    }

    public Optional<String> mobileNumber() {
        return Optional.ofNullable(mobile);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    @Override
    public String toString() {
        return "CustomerContact[redacted, " + language + "]";
    }
}
