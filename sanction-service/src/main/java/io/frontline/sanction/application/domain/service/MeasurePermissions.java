package io.frontline.sanction.application.domain.service;

import io.frontline.platform.domain.Actor;
import io.frontline.platform.domain.Organisation;
import io.frontline.platform.domain.Roles;
import io.frontline.sanction.application.domain.model.EntryBanTerms;
import io.frontline.sanction.application.domain.model.EntryCoverage;
import io.frontline.sanction.application.domain.model.Measure;
import io.frontline.sanction.application.domain.model.MeasureType;

/**
 * Who may do what with a measure. Customer measures: site managers for their own sites, regional managers
 * for their region's, HQ safety everywhere propose; a site manager decides (approves, rejects, lifts,
 * decides objections) for their own sites only, HQ safety everywhere. Staff measures come from the internal
 * procedure's decision; HR or HQ safety decides them. Four eyes (neither the proposer nor whoever decided what
 * the measure rests on approves) is the measure's own rule ({@link Measure#fourEyesRefusal}).
 */
final class MeasurePermissions {
    private final Organisation organisation;

    MeasurePermissions(Organisation organisation) {
        this.organisation = organisation;
    }

    boolean mayPropose(Actor actor, MeasureType type, String siteId) {
        if (type.isStaffMeasure()) {
            return actor.hasRole(Roles.HR);
        }
        return actor.hasRole(Roles.HQ_SAFETY)
                || (actor.hasAnyRole(Roles.SITE_MANAGER, Roles.REGIONAL_MANAGER) && actor.canAccessSite(siteId, organisation));
    }

    boolean mayDecide(Actor actor, Measure measure) {
        if (measure.type().isStaffMeasure()) {
            return actor.hasAnyRole(Roles.HR, Roles.HQ_SAFETY);
        }
        if (actor.hasRole(Roles.HQ_SAFETY)) {
            return true;
        }
        if (!actor.hasRole(Roles.SITE_MANAGER) || !actor.sites().contains(measure.siteId())) {
            return false;
        }
        // An entry ban reaching beyond the manager's own sites is for HQ safety.
        return measure.banTerms().filter(EntryBanTerms.class::isInstance).map(EntryBanTerms.class::cast)
                .map(entry -> entry.coverage() == EntryCoverage.SITES && actor.sites().containsAll(entry.siteIds()))
                .orElse(true);
    }

    boolean maySee(Actor actor, Measure measure) {
        if (measure.type().isStaffMeasure()) {
            return actor.hasAnyRole(Roles.HR, Roles.HQ_SAFETY);
        }
        return actor.hasAnyRole(Roles.HQ_SAFETY, Roles.ADMIN)
                || (actor.hasAnyRole(Roles.SITE_MANAGER, Roles.REGIONAL_MANAGER)
                && actor.canAccessSite(measure.siteId(), organisation));
    }
}
