package io.frontline.web.measures;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

import java.lang.reflect.Method;
import java.util.Locale;

/**
 * The screens' texts chosen by a code the service sends (a type, a status, a rule): {@code get("type_", "entry-ban")}
 * reads {@code type_entry_ban} in the reader's language; an unknown code shows as itself rather than failing the page.
 */
final class Labels {
    private final MeasuresMessages messages;

    private Labels(MeasuresMessages messages) {
        this.messages = messages;
    }

    static Labels in(String language) {
        return new Labels(MessageBundles.get(MeasuresMessages.class, Localized.Literal.of(language)));
    }

    MeasuresMessages messages() {
        return messages;
    }

    String get(String prefix, String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        try {
            Method method = MeasuresMessages.class.getMethod(prefix + code.replace('-', '_').toLowerCase(Locale.ROOT));
            return (String) method.invoke(messages);
        } catch (ReflectiveOperationException | RuntimeException unknown) {
            return code;
        }
    }
}
