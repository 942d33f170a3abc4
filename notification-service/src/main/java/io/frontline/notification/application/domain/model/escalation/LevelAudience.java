package io.frontline.notification.application.domain.model.escalation;

import io.frontline.notification.application.domain.model.Directory;
import io.frontline.notification.application.domain.model.Recipient;
import io.frontline.platform.domain.Organisation;
import io.frontline.platform.domain.Roles;
import io.frontline.platform.domain.Site;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The people of a level for an event at a site: the site's managers, the managers of the site's region (from
 * the organisation), HQ safety, or HR, from the directory. A chain-wide event (no site) has no site or
 * regional managers.
 */
public final class LevelAudience {
    private final Directory directory;
    private final Organisation organisation;

    public LevelAudience(Directory directory, Organisation organisation) {
        this.directory = directory;
        this.organisation = organisation;
    }

    /** Recipient ids, sorted, each once. */
    public List<String> of(PolicyLevel level, String siteId) {
        Set<String> ids = new LinkedHashSet<>();
        for (Responder responder : level.who()) {
            for (Recipient recipient : responders(responder, siteId)) {
                ids.add(recipient.id());
            }
        }
        return ids.stream().sorted().toList();
    }

    private List<Recipient> responders(Responder responder, String siteId) {
        switch (responder) {
            case SITE_MANAGER:
                return siteId == null ? List.of() : directory.siteManagersOf(siteId);
            case REGIONAL_MANAGER:
                return siteId == null ? List.of() : organisation.findSite(siteId).map(Site::regionId)
                        .map(directory::regionalManagersOf).orElse(List.of());
            case HQ_SAFETY:
                return directory.hqSafety();
            case HR:
                return directory.withRole(Roles.HR);
            default:
                throw new IllegalStateException("unknown responder " + responder);
        }
    }
}
