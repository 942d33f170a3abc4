package io.frontline.sanction.application.domain.service;

import io.frontline.platform.domain.AccessDenied;
import io.frontline.platform.domain.Actor;
import io.frontline.platform.domain.Organisation;
import io.frontline.platform.domain.Roles;
import io.frontline.platform.domain.Site;
import io.frontline.sanction.application.domain.model.BanCheckResult;
import io.frontline.sanction.application.domain.model.BanEntry;
import io.frontline.sanction.application.domain.model.BanIndex;
import io.frontline.sanction.application.domain.model.BanQuery;
import io.frontline.sanction.application.domain.model.BanViolation;
import io.frontline.sanction.application.domain.model.WatchFlag;
import io.frontline.sanction.application.port.in.CheckBanCommand;
import io.frontline.sanction.application.port.in.CheckBanQuery;
import io.frontline.sanction.application.port.in.RefreshBanIndexUseCase;
import io.frontline.sanction.application.port.out.BanMetricsPort;
import io.frontline.sanction.application.port.out.LoadMeasurePort;
import io.frontline.sanction.application.port.out.WatchFlagsPort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The ban check, answered from the in-memory {@link BanIndex}: no database on the way unless the check
 * hits a ban, and then only once per subject, site and hour (violations already recorded this hour are
 * remembered here; the database's unique hour bucket settles it across replicas).
 */
@ApplicationScoped
public class BanCheckService implements CheckBanQuery, RefreshBanIndexUseCase {
    private static final int MAX_REMEMBERED = 100_000;
    private static final System.Logger LOG = System.getLogger(BanCheckService.class.getName());

    private final BanIndex index = new BanIndex();
    private final ConcurrentHashMap<String, List<WatchFlag>> flagsBySubject = new ConcurrentHashMap<>();
    private final Set<RecordedHour> recordedThisHour = ConcurrentHashMap.newKeySet();
    private final LoadMeasurePort load;
    private final WatchFlagsPort flags;
    private final ViolationRecorder violations;
    private final Organisation organisation;
    private final BanMetricsPort metrics;
    private final Clock clock;
    private volatile Instant rememberedHour;
    private volatile boolean built;

    @Inject
    public BanCheckService(LoadMeasurePort load, WatchFlagsPort flags, ViolationRecorder violations,
                           Organisation organisation, BanMetricsPort metrics, Clock clock) {
        this.load = load;
        this.flags = flags;
        this.violations = violations;
        this.organisation = organisation;
        this.metrics = metrics;
        this.clock = clock;
    }

    @Override
    public BanCheckResult check(Actor actor, CheckBanCommand command) {
        if (!actor.hasAnyRole(Roles.BAN_CHECK, Roles.SITE_MANAGER, Roles.REGIONAL_MANAGER, Roles.HQ_SAFETY)) {
            throw new AccessDenied("Your role cannot check bans");
        }
        Site site = organisation.requestedSite(command.siteId());
        actor.requireAccessTo(site, "check bans");
        Instant now = clock.instant();
        BanQuery query = new BanQuery(command.subjectKey(), site.id(), site.regionId(), command.channel(),
                command.departmentId(), command.employeeId(), now);
        Optional<BanEntry> ban = index.find(query);
        metrics.checked(command.channel(), ban.isPresent());
        WatchFlag flag = flagFor(query);
        if (ban.isEmpty()) {
            return BanCheckResult.notBanned(command.subjectKey().value(), now).withFlag(flag);
        }
        recordViolationOnce(ban.get(), query, actor.userId());
        return BanCheckResult.bannedBy(ban.get(), now).withFlag(flag);
    }

    /** The watch flag in force for this subject at this site, the one lasting longest; null if none. */
    private WatchFlag flagFor(BanQuery query) {
        List<WatchFlag> held = flagsBySubject.get(query.subject().value());
        if (held == null) {
            return null;
        }
        WatchFlag found = null;
        for (WatchFlag flag : held) {
            if (flag.inForceAt(query.at()) && flag.covers(query.siteId(), query.siteRegionId())
                    && (found == null || flag.until().isAfter(found.until()))) {
                found = flag;
            }
        }
        return found;
    }

    /** Hot path: a hit already recorded this hour costs a set lookup, no database and no new ids. */
    private void recordViolationOnce(BanEntry ban, BanQuery query, String checkedBy) {
        Instant hour = query.at().truncatedTo(ChronoUnit.HOURS);
        if (!hour.equals(rememberedHour) || recordedThisHour.size() > MAX_REMEMBERED) {
            recordedThisHour.clear();
            rememberedHour = hour;
        }
        RecordedHour key = new RecordedHour(ban.subjectKey(), query.siteId(), hour);
        if (recordedThisHour.contains(key)) {
            return;
        }
        BanViolation violation = BanViolation.of(ban, query, checkedBy);
        try {
            if (violations.recordOnce(violation)) {
                metrics.violationRecorded(violation.channel());
            }
            recordedThisHour.add(key);
        } catch (RuntimeException e) {
            // The door still gets its answer; the next check this hour tries to record again.
            LOG.log(System.Logger.Level.WARNING, () -> "Could not record a violation of measure "
                    + violation.measureId() + " at " + violation.siteId() + ": " + e.getClass().getSimpleName());
        }
    }

    private record RecordedHour(String subjectKey, String siteId, Instant hour) {
    }

    @Override
    public void applyCommitted(BanEntry change) {
        index.apply(change);
    }

    @Override
    @Transactional
    public void reloadSubject(String subjectKey) {
        index.replaceSubject(subjectKey, load.decidedBansOf(subjectKey));
        List<WatchFlag> open = flags.openFlagsOf(subjectKey);
        if (open.isEmpty()) {
            flagsBySubject.remove(subjectKey);
        } else {
            flagsBySubject.put(subjectKey, List.copyOf(open));
        }
    }

    @Override
    @Transactional
    public void rebuild() {
        Instant now = clock.instant();
        index.replaceAll(load.bansInForceOrToCome(now));
        Map<String, List<WatchFlag>> open = new HashMap<>();
        for (WatchFlag flag : flags.openFlagsAt(now)) {
            open.computeIfAbsent(flag.subjectKey(), k -> new ArrayList<>()).add(flag);
        }
        flagsBySubject.keySet().removeIf(key -> !open.containsKey(key));
        open.forEach((key, list) -> flagsBySubject.put(key, List.copyOf(list)));
        built = true;
    }

    @Override
    public boolean isBuilt() {
        return built;
    }

    @Override
    public int indexedBans() {
        return index.size();
    }
}
