package io.frontline.incident.application.domain.model;

import java.util.Objects;

/**
 * One word of an utterance as a language's tokeniser sees it: its normal form (a stem, or a Japanese
 * dictionary form), the lower-cased words as spoken, and where it stands in the text.
 */
public record Token(String form, String surface, int start, int end) {
    public Token {
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(surface, "surface");
    }
}
