package io.frontline.sanction.application.domain.model;

import io.frontline.platform.domain.RuleViolation;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * "Warn staff, do not refuse" (issue 20; PatronScan and VenueScan keep it apart from a ban): a manager's note on a
 * customer for the sites it covers, until its end. Needs no second person, is audited, and is never a ban: the
 * ban check answers {@code banned:false, flagged:true} and the ladder never sees it.
 */
public record WatchFlag(UUID id, String subjectKey, String siteId, EntryBanTerms coverage, String note,
                        Instant startsAt, Instant until, String flaggedBy, Instant flaggedAt, Instant endedAt) {
    public static final int MAX_NOTE = 500;

    public WatchFlag {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(subjectKey, "subjectKey");
        Objects.requireNonNull(siteId, "siteId");
        Objects.requireNonNull(coverage, "coverage");
        Objects.requireNonNull(startsAt, "startsAt");
        Objects.requireNonNull(until, "until");
        Objects.requireNonNull(flaggedBy, "flaggedBy");
        Objects.requireNonNull(flaggedAt, "flaggedAt");
        if (note == null || note.isBlank()) {
            throw new RuleViolation("note", "A flag tells staff what to watch for");
        }
        note = note.strip();
        if (note.length() > MAX_NOTE) {
            throw new RuleViolation("note", "At most " + MAX_NOTE + " characters");
        }
        if (!until.isAfter(startsAt)) {
            throw new RuleViolation("until", "A flag ends after it starts");
        }
    }

    public boolean inForceAt(Instant instant) {
        return endedAt == null && !startsAt.isAfter(instant) && instant.isBefore(until);
    }

    public boolean covers(String site, String siteRegionId) {
        return coverage.covers(site, siteRegionId);
    }
}
