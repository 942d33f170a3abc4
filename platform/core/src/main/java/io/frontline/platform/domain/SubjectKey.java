package io.frontline.platform.domain;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Pseudonymous key of a customer: an HMAC of a normalised phone number, e-mail address or
 * loyalty-card number (DESIGN.md, "Security and privacy"). Travels between services instead of
 * personal data; the raw identifier cannot be recovered from it.
 */
public record SubjectKey(String value) {
    private static final Pattern FORMAT = Pattern.compile("sk1_[A-Za-z0-9_-]{43}");

    public SubjectKey {
        Objects.requireNonNull(value, "value");
        if (!FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("not a subject key");
        }
    }

    public static boolean isValid(String value) {
        return value != null && FORMAT.matcher(value).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
