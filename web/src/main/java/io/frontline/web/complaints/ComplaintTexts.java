package io.frontline.web.complaints;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontline.web.i18n.Dates;
import io.frontline.web.i18n.Texts;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The complaint screens' texts chosen at run time: a status, a judgement, an indicator by its wire name, and the
 * timeline's codes with their parameters in the reader's words (levels and judgements by name, channels as the
 * shared bundle names them, dates in the reader's format) — as the complainant's pages render the same codes.
 */
final class ComplaintTexts {
    private final ComplaintMessages messages;
    private final Texts shared;

    private ComplaintTexts(ComplaintMessages messages, Texts shared) {
        this.messages = messages;
        this.shared = shared;
    }

    static ComplaintTexts in(String language) {
        return new ComplaintTexts(MessageBundles.get(ComplaintMessages.class, Localized.Literal.of(language)),
                Texts.in(language));
    }

    ComplaintMessages messages() {
        return messages;
    }

    Texts shared() {
        return shared;
    }

    /** {@code get("status_", "in-progress")} → the text of {@code status_in_progress}; unknown codes as they are. */
    String get(String prefix, String code) {
        if (code == null) {
            return "";
        }
        try {
            Method method = ComplaintMessages.class.getMethod(prefix + code.replace('-', '_').toLowerCase(Locale.ROOT));
            return (String) method.invoke(messages);
        } catch (ReflectiveOperationException | RuntimeException unknown) {
            return code;
        }
    }

    /** A timeline entry's line: its code's text with the parameters the service sent. */
    String line(JsonNode entry, Dates dates, Locale locale) {
        String key = "code_" + entry.path("code").asText("").replace('.', '_').replace('-', '_');
        Method method = find(key);
        if (method == null) {
            return messages.code_unknown();
        }
        Map<String, String> params = new LinkedHashMap<>();
        entry.path("params").fields().forEachRemaining(p -> params.put(p.getKey(),
                param(p.getKey(), p.getValue().asText(), dates, locale)));
        Parameter[] declared = method.getParameters();
        Object[] args = new Object[declared.length];
        for (int i = 0; i < declared.length; i++) {
            args[i] = params.getOrDefault(declared[i].getName(), "");
        }
        try {
            return (String) method.invoke(messages, args);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return messages.code_unknown();
        }
    }

    private String param(String name, String value, Dates dates, Locale locale) {
        switch (name) {
            case "level":
                return get("level_", value);
            case "channel":
                return shared.get("channel_", value);
            case "demand":
            case "from":
            case "to":
                return get("demand_", value);
            case "manner":
                return get("manner_", value);
            default:
                break;
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

    private static Method find(String key) {
        for (Method method : ComplaintMessages.class.getMethods()) {
            if (method.getName().equals(key)) {
                return method;
            }
        }
        return null;
    }
}
