package io.frontline.notification.application.domain.model;

import io.frontline.platform.domain.Roles;

import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A person who receives notifications: who they are (the OIDC username), how to reach them (e-mail,
 * optionally a webhook URL and a mobile number for SMS; the in-app inbox always), their language, time zone
 * and quiet hours, and the roles and site scope that decide which notifications reach them.
 *
 * @param mobile international number ({@code +31612345678}) for critical news by SMS; never logged
 */
public record Recipient(String id, String name, String email, Language language, ZoneId timeZone,
                        Set<String> roles, Set<String> sites, Set<String> regions, String webhookUrl,
                        QuietHours quietHours, String mobile) {

    /** A mobile number as gateways take it: a plus, then 8 to 15 digits (E.164). */
    public static final java.util.regex.Pattern MOBILE = java.util.regex.Pattern.compile("\\+[1-9][0-9]{7,14}");

    /** The roles a person can hold (realm roles); systems hold client roles of the services they call, not these. */
    public static final Set<String> PERSON_ROLES = Set.of(Roles.STAFF, Roles.SITE_MANAGER, Roles.REGIONAL_MANAGER,
            Roles.HQ_SAFETY, Roles.HR, Roles.COUNSELLOR, Roles.COMMITTEE, Roles.COMPLAINT_HANDLER, Roles.ADMIN);

    public Recipient {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("a recipient needs an id");
        }
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(timeZone, "timeZone");
        roles = Set.copyOf(roles);
        sites = Set.copyOf(sites);
        regions = Set.copyOf(regions);
        if (webhookUrl != null && webhookUrl.isBlank()) {
            webhookUrl = null;
        }
        if (mobile != null && mobile.isBlank()) {
            mobile = null;
        }
        if (mobile != null && !MOBILE.matcher(mobile).matches()) {
            throw new IllegalArgumentException("a mobile number is a plus and 8 to 15 digits, e.g. +31612345678");
        }
    }

    /** A person without a mobile number. */
    public Recipient(String id, String name, String email, Language language, ZoneId timeZone,
                     Set<String> roles, Set<String> sites, Set<String> regions, String webhookUrl,
                     QuietHours quietHours) {
        this(id, name, email, language, timeZone, roles, sites, regions, webhookUrl, quietHours, null);
    }

    /** A person reached by e-mail and in-app only, without quiet hours. */
    public Recipient(String id, String name, String email, Language language, ZoneId timeZone,
                     Set<String> roles, Set<String> sites, Set<String> regions) {
        this(id, name, email, language, timeZone, roles, sites, regions, null, null);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    /** A site manager of the site: the role, and the site among theirs. */
    public boolean managesSite(String siteId) {
        return hasRole(Roles.SITE_MANAGER) && sites.contains(siteId);
    }

    /** A regional manager of the region: the role, and the region among theirs. */
    public boolean managesRegion(String regionId) {
        return hasRole(Roles.REGIONAL_MANAGER) && regions.contains(regionId);
    }

    public Optional<String> webhook() {
        return Optional.ofNullable(webhookUrl);
    }

    public Optional<String> mobileNumber() {
        return Optional.ofNullable(mobile);
    }

    public Optional<QuietHours> quiet() {
        return Optional.ofNullable(quietHours);
    }
}
