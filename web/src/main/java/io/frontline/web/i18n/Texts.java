package io.frontline.web.i18n;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

import java.lang.reflect.Method;
import java.util.Locale;

/**
 * Texts chosen at run time by a code (a category, a status, an incident type): {@code get("status_", "in-progress")}
 * reads the message {@code status_in_progress} in the reader's language. An unknown code falls back to the code
 * itself rather than failing the page.
 */
public final class Texts {
    private final Messages messages;

    private Texts(Messages messages) {
        this.messages = messages;
    }

    public static Texts in(String language) {
        return new Texts(MessageBundles.get(Messages.class, Localized.Literal.of(language)));
    }

    public static Texts in(Locale locale) {
        return in(locale.getLanguage());
    }

    public Messages messages() {
        return messages;
    }

    public String get(String prefix, String code) {
        if (code == null) {
            return "";
        }
        try {
            Method method = Messages.class.getMethod(key(prefix, code));
            return (String) method.invoke(messages);
        } catch (ReflectiveOperationException | RuntimeException unknown) {
            return code;
        }
    }

    /**
     * A code's text for a family of screens: the family's own message if its bundle has one, else the shared bundle's
     * (incident types {@code type_}, live-detection rules {@code rule_}, severities {@code severity_}: one wording on
     * every screen), else the code itself. {@code label(ConsoleMessages.class, m, "nl", "rule_", "call-length")}.
     */
    public static <T> String label(Class<T> bundle, T messages, String language, String prefix, String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        Method method;
        try {
            method = bundle.getMethod(key(prefix, code));
        } catch (NoSuchMethodException notTheFamilys) {
            return in(language).get(prefix, code);
        }
        try {
            return (String) method.invoke(messages);
        } catch (ReflectiveOperationException | RuntimeException unknown) {
            return code;
        }
    }

    /** {@code key("status_", "in-progress")} is {@code status_in_progress}. */
    private static String key(String prefix, String code) {
        return prefix + code.replace('-', '_').replace('.', '_').toLowerCase(Locale.ROOT);
    }

    /** The message {@code key} with its parameters given by name; a parameter the service did not send is empty. */
    public String render(String key, java.util.Map<String, String> params) {
        try {
            Method method = Messages.class.getMethod(key, parameterTypes(key));
            java.lang.reflect.Parameter[] declared = method.getParameters();
            Object[] args = new Object[declared.length];
            for (int i = 0; i < declared.length; i++) {
                args[i] = params.getOrDefault(declared[i].getName(), "");
            }
            return (String) method.invoke(messages, args);
        } catch (ReflectiveOperationException | RuntimeException unknown) {
            return key;
        }
    }

    private static Class<?>[] parameterTypes(String key) throws NoSuchMethodException {
        for (Method method : Messages.class.getMethods()) {
            if (method.getName().equals(key)) {
                return method.getParameterTypes();
            }
        }
        throw new NoSuchMethodException(key);
    }

    /** Whether a message exists for this code (e.g. a service's text code). */
    public static boolean knows(String key) {
        try {
            parameterTypes(key);
            return true;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }
}
