package io.frontline.sanction.application.domain.model;

import java.time.Instant;
import java.util.UUID;

/** The answer of a ban check: banned or not and, if banned, by which measure, until when, and what stays open. */
public record BanCheckResult(boolean banned, String subjectKey, UUID measureId, MeasureType measureType,
                             Instant until, Channel alternativeChannel, Instant checkedAt) {
    public static BanCheckResult notBanned(String subjectKey, Instant at) {
        return new BanCheckResult(false, subjectKey, null, null, null, null, at);
    }

    public static BanCheckResult bannedBy(BanEntry ban, Instant at) {
        return new BanCheckResult(true, ban.subjectKey(), ban.measureId(), ban.type(), ban.until(),
                ban.alternativeChannel(), at);
    }
}
