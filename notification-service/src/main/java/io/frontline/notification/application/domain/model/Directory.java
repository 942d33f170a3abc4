package io.frontline.notification.application.domain.model;

import io.frontline.platform.domain.Roles;
import io.frontline.platform.domain.Site;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Everyone who can receive notifications, and who is responsible for what. The escalation line of
 * a site runs site manager → regional manager → HQ (DESIGN.md, "notification-service").
 */
public final class Directory {
    private final List<Recipient> recipients;

    public Directory(List<Recipient> recipients) {
        this.recipients = recipients.stream().sorted(Comparator.comparing(Recipient::id)).toList();
    }

    public List<Recipient> recipients() {
        return recipients;
    }

    public Optional<Recipient> find(String recipientId) {
        return recipients.stream().filter(r -> r.id().equals(recipientId)).findFirst();
    }

    /** The people with role site-manager whose sites contain the site. */
    public List<Recipient> siteManagersOf(String siteId) {
        return matching(r -> r.managesSite(siteId));
    }

    /** The people with role regional-manager whose regions contain the region. */
    public List<Recipient> regionalManagersOf(String regionId) {
        return matching(r -> r.managesRegion(regionId));
    }

    /** Everyone holding the role, chain-wide (HR, the committee, counsellors, administrators). */
    /**
     * The people a recipient kind names by their role and place (the site's managers, its region's, HQ safety, HR, the
     * committee, the counsellors, the administrators); empty for the kinds an event names (an assignee, a
     * complainant, …) and for everyone, which the caller decides.
     */
    public Optional<List<Recipient>> byRole(RecipientKind kind, Site site) {
        switch (kind) {
            case SITE_MANAGER:
                return Optional.of(site == null ? List.of() : firstResponsibleFor(site));
            case REGIONAL_MANAGER:
                return Optional.of(site == null ? List.of() : regionalManagersOf(site.regionId()));
            case HQ_SAFETY:
                return Optional.of(hqSafety());
            case HR:
                return Optional.of(withRole(Roles.HR));
            case COMMITTEE:
                return Optional.of(withRole(Roles.COMMITTEE));
            case COUNSELLOR:
                return Optional.of(withRole(Roles.COUNSELLOR));
            case ADMIN:
                return Optional.of(withRole(Roles.ADMIN));
            default:
                return Optional.empty();
        }
    }

    public List<Recipient> withRole(String role) {
        return matching(r -> r.hasRole(role));
    }

    /** HQ safety officers, responsible chain-wide. */
    public List<Recipient> hqSafety() {
        return matching(r -> r.hasRole(Roles.HQ_SAFETY));
    }

    /**
     * Who must hear first about something at the site: its site managers; a site without a manager
     * falls to the managers of its region, and a region without one to HQ safety.
     */
    public List<Recipient> firstResponsibleFor(Site site) {
        List<Recipient> managers = siteManagersOf(site.id());
        if (!managers.isEmpty()) {
            return managers;
        }
        List<Recipient> regional = regionalManagersOf(site.regionId());
        if (!regional.isEmpty()) {
            return regional;
        }
        return hqSafety();
    }

    private List<Recipient> matching(Predicate<Recipient> rule) {
        return recipients.stream().filter(rule).toList();
    }
}
