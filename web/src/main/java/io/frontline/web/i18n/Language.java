package io.frontline.web.i18n;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Locale;

/**
 * The reader's language: the one they chose (a cookie set by the language switch), else the best their browser
 * asks for (Accept-Language), else the chain's default, Dutch.
 */
@RequestScoped
public class Language {
    public static final String COOKIE = "frontline-lang";
    public static final List<String> SUPPORTED = List.of("nl", "en", "ja");
    public static final String DEFAULT = "nl";

    @Inject
    HttpServerRequest request;

    private String code;

    public String code() {
        if (code == null) {
            code = resolve(cookie(), request.getHeader("Accept-Language"));
        }
        return code;
    }

    public Locale locale() {
        return Locale.forLanguageTag(code());
    }

    private String cookie() {
        Cookie cookie = request.getCookie(COOKIE);
        return cookie == null ? null : cookie.getValue();
    }

    /** The choice first, then the browser's list in its order of preference, then the default. */
    public static String resolve(String chosen, String acceptLanguage) {
        if (chosen != null && SUPPORTED.contains(chosen)) {
            return chosen;
        }
        if (acceptLanguage != null && !acceptLanguage.isBlank()) {
            try {
                for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
                    String tag = range.getRange();
                    if (range.getWeight() > 0) {
                        String language = tag.split("-")[0].toLowerCase(Locale.ROOT);
                        if (SUPPORTED.contains(language)) {
                            return language;
                        }
                    }
                }
            } catch (IllegalArgumentException malformed) {
                // a malformed header counts as none
            }
        }
        return DEFAULT;
    }
}
