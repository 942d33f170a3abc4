package io.frontline.prevention.application.domain.model;

import io.frontline.platform.domain.RuleViolation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * One version of a chain policy, in Dutch, English and/or Japanese, in force from {@code effectiveFrom} until a
 * later version takes effect. Every employee acknowledges the version in force; an acknowledgement of an earlier
 * version does not count for a later one (a new version asks everyone again).
 */
public record PolicyVersion(UUID id, PolicyKind kind, int version, LocalDate effectiveFrom,
                            Map<String, PolicyText> texts, String publishedBy, Instant publishedAt) {
    public static final Set<String> LANGUAGES = Set.of("nl", "en", "ja");

    public PolicyVersion {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        texts = Map.copyOf(texts);
    }

    /** Checks what a publisher sends: at least one of nl, en, ja, each with a title and a text. */
    public static Map<String, PolicyText> checkedTexts(Map<String, PolicyText> texts) {
        if (texts == null || texts.isEmpty()) {
            throw new RuleViolation("texts", "A policy needs its text in at least one of nl, en, ja");
        }
        Map<String, PolicyText> checked = new TreeMap<>();
        texts.forEach((language, text) -> {
            if (!LANGUAGES.contains(language)) {
                throw new RuleViolation("texts", "Languages are nl, en and ja");
            }
            if (text == null || blank(text.title()) || blank(text.body())) {
                throw new RuleViolation("texts." + language, "Each language needs a title and a text");
            }
            checked.put(language, new PolicyText(text.title().strip(), text.body().strip()));
        });
        return checked;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** The text in the reader's language, else English, else the first there is. */
    public PolicyText textIn(String language) {
        if (language != null && texts.containsKey(language)) {
            return texts.get(language);
        }
        return texts.containsKey("en") ? texts.get("en") : new TreeMap<>(texts).firstEntry().getValue();
    }

    public boolean inForceOn(LocalDate day) {
        return !effectiveFrom.isAfter(day);
    }

    public record PolicyText(String title, String body) {
    }
}
