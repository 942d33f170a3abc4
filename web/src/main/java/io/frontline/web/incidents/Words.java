package io.frontline.web.incidents;

import io.frontline.web.i18n.Texts;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

import java.lang.reflect.Method;
import java.util.Locale;

/**
 * The words of the incident screens chosen by a code the service sent (a severity, a source, a step, a refusal's
 * field), in the reader's language; an unknown code falls back to the code itself, never failing the page.
 */
final class Words {
    private final IncidentTexts texts;
    private final Texts shared;

    private Words(IncidentTexts texts, Texts shared) {
        this.texts = texts;
        this.shared = shared;
    }

    static Words in(String language) {
        return new Words(MessageBundles.get(IncidentTexts.class, Localized.Literal.of(language)), Texts.in(language));
    }

    IncidentTexts texts() {
        return texts;
    }

    Texts shared() {
        return shared;
    }

    /** {@code get("severity_", "critical")} → the message {@code severity_critical}. */
    String get(String prefix, String code) {
        if (code == null) {
            return "";
        }
        String key = prefix + code.replace('-', '_');
        // A severity's name is the shared bundle's (one wording on every screen).
        return find(key) ? call(key) : shared.get(prefix, code);
    }

    /** Whether the bundle has a message without parameters named {@code key}. */
    boolean find(String key) {
        try {
            IncidentTexts.class.getMethod(key);
            return true;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    private String call(String key) {
        try {
            Method method = IncidentTexts.class.getMethod(key);
            return (String) method.invoke(texts);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return key.toLowerCase(Locale.ROOT);
        }
    }

    String type(String code) {
        return shared.get("type_", code);
    }

    String status(String code) {
        return shared.get("incident_status_", code);
    }

    String careTask(String code) {
        return shared.get("care_", code);
    }

    String careStatus(String code) {
        return shared.get("care_status_", code);
    }
}
