package io.frontline.incident.application.domain.model;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The care plan every report gets (seed 000: after-care and stress checks are essential): an immediate
 * safety check, a debrief within 24 hours, a follow-up after 7 days, a stress check after 30 days, and a
 * referral to a specialist when someone flags the need.
 */
public final class CarePlan {
    private CarePlan() {
    }

    /** The plan of a report at a site in {@code siteZone}: its days are counted in the site's calendar. */
    public static List<CareTask> forReport(Incident incident, boolean specialistNeeded, ZoneId siteZone) {
        Instant reported = incident.reportedAt();
        List<CareTask> tasks = new ArrayList<>();
        Instant safetyCheckDue = incident.severity().atLeast(Severity.HIGH) ? reported
                : CareTaskKind.IMMEDIATE_SAFETY_CHECK.dueFrom(reported, siteZone);
        tasks.add(CareTask.open(incident.id(), CareTaskKind.IMMEDIATE_SAFETY_CHECK, safetyCheckDue));
        for (CareTaskKind kind : List.of(CareTaskKind.DEBRIEF, CareTaskKind.FOLLOW_UP, CareTaskKind.STRESS_CHECK)) {
            tasks.add(CareTask.open(incident.id(), kind, kind.dueFrom(reported, siteZone)));
        }
        if (specialistNeeded) {
            tasks.add(specialistReferral(incident.id(), reported, siteZone));
        }
        return tasks;
    }

    /**
     * The immediate safety check follows the severity: once an incident is high or critical, an open
     * check is due at once (from {@code now}, when that became known), as if it had been so reported.
     * Returns the tasks whose due time moved; a check already done or skipped keeps its record.
     */
    public static List<CareTask> afterSeverityChanged(Incident incident, List<CareTask> tasks, Instant now) {
        if (!incident.severity().atLeast(Severity.HIGH)) {
            return List.of();
        }
        return tasks.stream().filter(t -> t.kind() == CareTaskKind.IMMEDIATE_SAFETY_CHECK)
                .filter(t -> t.dueNoLaterThan(now)).toList();
    }

    /** Added when the need for a specialist is flagged, due a few days from then. */
    public static CareTask specialistReferral(java.util.UUID incidentId, Instant flaggedAt, ZoneId siteZone) {
        return CareTask.open(incidentId, CareTaskKind.SPECIALIST_REFERRAL,
                CareTaskKind.SPECIALIST_REFERRAL.dueFrom(flaggedAt, siteZone));
    }
}
