package io.frontline.prevention.application.domain.service;

import io.frontline.platform.domain.AccessDenied;
import io.frontline.platform.domain.Actor;
import io.frontline.platform.domain.Organisation;
import io.frontline.platform.domain.Roles;
import io.frontline.platform.domain.Site;

import java.util.List;

/**
 * The sites an actor's prevention figures cover: one asked-for site they may see, or every site in their scope.
 * HR sees the whole chain here (the duties are the employer's), as do HQ safety and administrators.
 */
final class Scope {
    private Scope() {
    }

    static boolean chainWide(Actor actor) {
        return actor.isChainWide() || actor.hasRole(Roles.HR);
    }

    static boolean canSee(Actor actor, Site site) {
        return chainWide(actor) || actor.canAccessSite(site.id(), site.regionId());
    }

    static List<String> sites(Actor actor, Organisation organisation, String siteId) {
        if (siteId != null) {
            Site site = organisation.requestedSite(siteId);
            if (!canSee(actor, site)) {
                throw new AccessDenied("You cannot see prevention figures for site " + site.id());
            }
            return List.of(site.id());
        }
        return organisation.sites().stream().filter(s -> canSee(actor, s)).map(Site::id).toList();
    }

    static void requireChainWide(Actor actor) {
        if (!chainWide(actor)) {
            throw new AccessDenied("Chain-wide figures are for HQ safety, HR and administrators");
        }
    }
}
