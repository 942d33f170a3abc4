package io.frontline.web.prevention;

import io.frontline.web.i18n.Texts;
import io.frontline.platform.domain.Organisation;
import io.frontline.web.Option;
import io.frontline.web.PageContext;
import io.frontline.web.i18n.Dates;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * What the prevention screens share: the reader's texts (also those chosen by a code the service sends), who the
 * person is (roles, the sites in their token), site names and dates on the site's clock.
 */
@RequestScoped
public class Prevention {
    static final String[] EMPLOYEES = {"staff", "site-manager", "regional-manager", "hq-safety", "hr", "counsellor",
            "committee", "complaint-handler", "admin"};

    @Inject
    PageContext context;

    @Inject
    SecurityIdentity identity;

    @Inject
    Organisation organisation;

    @Inject
    Dates dates;

    private String language;

    PreventionMessages messages() {
        return MessageBundles.get(PreventionMessages.class, Localized.Literal.of(language()));
    }

    String language() {
        return language != null ? language : context.lang();
    }

    /** For this request, texts in another language than the reader's (the PDF's font has no Japanese). */
    void useLanguage(String code) {
        this.language = code;
    }

    /** {@code label("status_", "overdue")} reads {@code status_overdue}; an unknown code shows as itself. */
    String label(String prefix, String code) {
        return Texts.label(PreventionMessages.class, messages(), language(), prefix, code);
    }

    boolean has(String... roles) {
        for (String role : roles) {
            if (identity.hasRole(role)) {
                return true;
            }
        }
        return false;
    }

    boolean chainWide() {
        return has("hq-safety", "hr", "admin");
    }

    String userId() {
        if (identity.getPrincipal() instanceof JsonWebToken token && token.getClaim("preferred_username") != null) {
            return token.getClaim("preferred_username").toString();
        }
        return identity.getPrincipal().getName();
    }

    /** The sites the token names that the organisation knows. */
    List<String> ownSites() {
        return claim("sites").stream().filter(s -> organisation.findSite(s).isPresent()).toList();
    }

    /** The sites a manager may pick: their own and their regions' sites, or all for the chain's roles. */
    List<String> visibleSites() {
        if (chainWide()) {
            return organisation.sites().stream().map(s -> s.id()).toList();
        }
        List<String> regions = claim("regions");
        List<String> own = ownSites();
        return organisation.sites().stream().filter(s -> own.contains(s.id()) || regions.contains(s.regionId()))
                .map(s -> s.id()).toList();
    }

    private List<String> claim(String name) {
        List<String> values = new ArrayList<>();
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            Object claim = token.getClaim(name);
            if (claim instanceof JsonArray array) {
                array.forEach(v -> values.add(v instanceof JsonString s ? s.getString() : v.toString()));
            } else if (claim instanceof Collection<?> all) {
                all.forEach(v -> values.add(String.valueOf(v)));
            } else if (claim instanceof String one) {
                values.add(one);
            } else if (claim instanceof JsonString one) {
                values.add(one.getString());
            }
        }
        return values;
    }

    List<Option> siteOptions(List<String> sites, String selected) {
        return sites.stream().map(s -> new Option(s, siteName(s), s.equals(selected))).toList();
    }

    String siteName(String siteId) {
        if (siteId == null) {
            return messages().chain();
        }
        return organisation.findSite(siteId).map(s -> s.name()).orElse(siteId);
    }

    /** An instant from the service on the site's clock (the chain's when no site), in the reader's format. */
    String at(String instant, String siteId) {
        if (instant == null || instant.isBlank()) {
            return null;
        }
        try {
            return dates.dateTime(Instant.parse(instant), siteId, context.locale());
        } catch (DateTimeParseException e) {
            return instant;
        }
    }

    String day(String isoDate) {
        if (isoDate == null || isoDate.isBlank()) {
            return null;
        }
        try {
            return dates.date(LocalDate.parse(isoDate), context.locale());
        } catch (DateTimeParseException e) {
            return isoDate;
        }
    }

    LocalDate today() {
        return LocalDate.now(dates.defaultZone());
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
