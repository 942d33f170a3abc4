package io.frontline.web;

import io.frontline.web.i18n.Language;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Locale;

/** Builds the frame of a page for the current request. */
@RequestScoped
public class PageContext {
    @Inject
    Language language;

    @Inject
    SecurityIdentity identity;

    @Inject
    HttpServerRequest request;

    public Page page() {
        boolean signedIn = !identity.isAnonymous();
        return new Page(language.code(), request.path(), signedIn, signedIn ? displayName() : null, null);
    }

    /** The page in the reader's language: its {@code msg:} texts and formats follow it. */
    public io.quarkus.qute.TemplateInstance localized(io.quarkus.qute.TemplateInstance page) {
        return page.setLocale(locale());
    }

    public Locale locale() {
        return language.locale();
    }

    public String lang() {
        return language.code();
    }

    /** The person's given name as Keycloak has it, else their user name. */
    public String displayName() {
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            String given = token.getClaim("given_name");
            if (given != null && !given.isBlank()) {
                return given;
            }
            String user = token.getClaim("preferred_username");
            if (user != null) {
                return user;
            }
        }
        return identity.getPrincipal().getName();
    }
}
