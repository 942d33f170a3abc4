package io.frontline.sanction.application.domain.model;

import java.time.Instant;
import java.util.UUID;

/**
 * The answer of a ban check: banned or not and, if banned, by which measure, until when, and what stays open; and
 * whether a watch flag asks staff to be careful ({@code flagged}, with its note), which never makes it a ban.
 */
public record BanCheckResult(boolean banned, String subjectKey, UUID measureId, MeasureType measureType,
                             Instant until, Channel alternativeChannel, Instant checkedAt, boolean flagged,
                             String flagNote) {
    public static BanCheckResult notBanned(String subjectKey, Instant at) {
        return new BanCheckResult(false, subjectKey, null, null, null, null, at, false, null);
    }

    public static BanCheckResult bannedBy(BanEntry ban, Instant at) {
        return new BanCheckResult(true, ban.subjectKey(), ban.measureId(), ban.type(), ban.until(),
                ban.alternativeChannel(), at, false, null);
    }

    /** The same answer with a watch flag in force: a warning for staff, never a refusal (issue 20). */
    public BanCheckResult withFlag(WatchFlag flag) {
        return flag == null ? this : new BanCheckResult(banned, subjectKey, measureId, measureType, until,
                alternativeChannel, checkedAt, true, flag.note());
    }
}
