package io.frontline.web.guest;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontline.web.i18n.Dates;
import io.frontline.web.i18n.Texts;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A text a service made for a person arrives as a code with parameters (e.g. {@code complaint.acknowledged},
 * {@code responseDue}) and is rendered here in the reader's language: no sentence a service wrote reaches the page.
 * What a person typed (a question, a reply, an answer) comes as {@code text} and is shown as typed.
 */
final class ServiceTexts {
    private ServiceTexts() {
    }

    /** The line for the code, its parameters in the reader's words (levels by name, dates in their format). */
    static String line(JsonNode entry, Texts texts, Dates dates, Locale locale) {
        String code = entry.path("code").asText("");
        String key = "code_" + code.replace('.', '_').replace('-', '_');
        if (!Texts.knows(key)) {
            return code.isEmpty() ? "" : texts.messages().code_unknown();
        }
        Map<String, String> params = new LinkedHashMap<>();
        entry.path("params").fields().forEachRemaining(p -> params.put(p.getKey(), param(p.getKey(),
                p.getValue().asText(), texts, dates, locale)));
        return texts.render(key, params);
    }

    private static String param(String name, String value, Texts texts, Dates dates, Locale locale) {
        if (name.equals("level")) {
            return texts.get("level_", value);
        }
        if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
            try {
                return dates.date(LocalDate.parse(value), locale);
            } catch (DateTimeParseException e) {
                return value;
            }
        }
        return value;
    }
}
