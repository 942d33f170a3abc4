package io.frontline.notification.application.domain.model;

import java.util.Locale;
import java.util.Optional;

/** The language a person reads their notifications in (DESIGN.md: templates in nl, en and ja). */
public enum Language {
    NL, EN, JA;

    /** The code as written in files and on the wire: {@code nl}, {@code en}, {@code ja}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Language> fromCode(String code) {
        for (Language language : values()) {
            if (language.code().equals(code)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }
}
