package io.frontline.sanction.application.domain.service;

import io.frontline.platform.domain.AccessDenied;
import io.frontline.platform.domain.Actor;
import io.frontline.platform.domain.NotFound;
import io.frontline.platform.domain.Organisation;
import io.frontline.platform.domain.Roles;
import io.frontline.platform.domain.RuleViolation;
import io.frontline.platform.domain.Site;
import io.frontline.sanction.application.domain.model.DoorPolicy;
import io.frontline.sanction.application.domain.model.EntryBanTerms;
import io.frontline.sanction.application.domain.model.WatchFlag;
import io.frontline.sanction.application.port.in.FlagSubjectCommand;
import io.frontline.sanction.application.port.in.WatchFlagUseCase;
import io.frontline.sanction.application.port.out.BanChangesPort;
import io.frontline.sanction.application.port.out.DoorRecordsPort;
import io.frontline.sanction.application.port.out.WatchFlagsPort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * Watch flags (issue 20): "warn staff, do not refuse". A manager sets one for the sites they act for (a region
 * needs a regional manager of it, the chain HQ safety); no second person, but every set and end is audited. A
 * flag ends at its end date (three months unless given) or by hand, and is never a measure: the ladder does not
 * see it and the ban check answers {@code banned:false} for it.
 */
@ApplicationScoped
public class WatchFlagService implements WatchFlagUseCase {
    private final WatchFlagsPort flags;
    private final DoorRecordsPort records;
    private final BanChangesPort changes;
    private final Organisation organisation;
    private final DoorPolicy policy;
    private final Clock clock;

    @Inject
    public WatchFlagService(WatchFlagsPort flags, DoorRecordsPort records, BanChangesPort changes,
                            Organisation organisation, DoorPolicy policy, Clock clock) {
        this.flags = flags;
        this.records = records;
        this.changes = changes;
        this.organisation = organisation;
        this.policy = policy;
        this.clock = clock;
    }

    @Override
    @Transactional
    public WatchFlag flag(Actor actor, FlagSubjectCommand command) {
        requireManager(actor);
        Site site = organisation.requestedSite(command.siteId());
        actor.requireAccessTo(site, "flag customers");
        EntryBanTerms coverage = command.coverage() == null ? EntryBanTerms.sites(java.util.Set.of(site.id()))
                : command.coverage();
        switch (coverage.coverage()) {
            case SITES -> coverage.siteIds().forEach(id -> actor.requireAccessTo(organisation.requestedSite(id),
                    "flag customers"));
            case REGION -> {
                if (organisation.findRegion(coverage.regionId()).isEmpty()) {
                    throw new RuleViolation("coverage.region", "Unknown region " + coverage.regionId());
                }
                if (!actor.isChainWide() && !actor.regions().contains(coverage.regionId())) {
                    throw new AccessDenied("You cannot flag customers for region " + coverage.regionId());
                }
            }
            case CHAIN -> {
                if (!actor.isChainWide()) {
                    throw new AccessDenied("Only HQ safety flags customers for the whole chain");
                }
            }
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MINUTES);
        Instant until = command.until() != null ? command.until().truncatedTo(ChronoUnit.MINUTES)
                : now.atZone(site.timeZone()).plus(policy.flagDuration()).toInstant();
        if (!until.isAfter(now)) {
            throw new RuleViolation("until", "A flag ends in the future");
        }
        WatchFlag flag = new WatchFlag(UUID.randomUUID(), command.subjectKey().value(), site.id(), coverage,
                command.note(), now, until, actor.userId(), clock.instant(), null);
        flags.save(flag);
        records.audit(actor.userId(), "flag-set", site.id(), null, null, flag.id(), flag.flaggedAt());
        changes.announceSubject(flag.subjectKey());
        return flag;
    }

    @Override
    @Transactional
    public WatchFlag end(Actor actor, UUID flagId) {
        requireManager(actor);
        WatchFlag flag = flags.load(flagId).filter(f -> actor.canAccessSite(f.siteId(), organisation))
                .orElseThrow(() -> new NotFound("flag", flagId.toString()));
        if (flag.endedAt() != null) {
            return flag;
        }
        Instant now = clock.instant();
        WatchFlag ended = new WatchFlag(flag.id(), flag.subjectKey(), flag.siteId(), flag.coverage(), flag.note(),
                flag.startsAt(), flag.until(), flag.flaggedBy(), flag.flaggedAt(), now);
        flags.save(ended);
        records.audit(actor.userId(), "flag-ended", flag.siteId(), null, null, flag.id(), now);
        changes.announceSubject(flag.subjectKey());
        return ended;
    }

    private static void requireManager(Actor actor) {
        if (!actor.hasAnyRole(Roles.SITE_MANAGER, Roles.REGIONAL_MANAGER, Roles.HQ_SAFETY)) {
            throw new AccessDenied("Your role cannot flag customers");
        }
    }
}
