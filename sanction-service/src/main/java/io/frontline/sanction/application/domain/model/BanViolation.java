package io.frontline.sanction.application.domain.model;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.UUID;

/**
 * A check that hit a ban in force: the subject tried to enter or make contact. Recorded at most once per
 * subject, site and clock hour ({@link #hour()}), however often the door asks.
 */
public record BanViolation(UUID id, UUID measureId, MeasureType measureType, String subjectKey, String siteId,
                           Channel channel, String departmentId, String employeeId, String checkedBy,
                           Instant checkedAt) {
    public BanViolation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(measureId, "measureId");
        Objects.requireNonNull(subjectKey, "subjectKey");
        Objects.requireNonNull(siteId, "siteId");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(checkedAt, "checkedAt");
    }

    public static BanViolation of(BanEntry ban, BanQuery query, String checkedBy) {
        return new BanViolation(UUID.randomUUID(), ban.measureId(), ban.type(), ban.subjectKey(), query.siteId(),
                query.channel(), query.departmentId(), query.employeeId(), checkedBy, query.at());
    }

    /** The hour the violation counts in: one record per subject, site and hour. */
    public Instant hour() {
        return checkedAt.truncatedTo(ChronoUnit.HOURS);
    }
}
