package io.frontline.sanction.application.port.in;

import io.frontline.platform.domain.Actor;
import io.frontline.platform.domain.InvalidValue;
import io.frontline.platform.domain.RuleViolation;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/** The ladder's figures from {@code from} to {@code to} (dates, both included), of a site, a region or all in scope. */
public record MeasureStatisticsCommand(Actor actor, LocalDate from, LocalDate to, String siteId, String regionId) {
    public static final int MAX_DAYS = 731;

    public MeasureStatisticsCommand {
        Objects.requireNonNull(actor, "actor");
        if (from == null) {
            throw new InvalidValue("from", "from is required: a date such as 2026-11-01");
        }
        if (to == null) {
            throw new InvalidValue("to", "to is required: a date such as 2026-11-30");
        }
        if (to.isBefore(from)) {
            throw new RuleViolation("to", "The period ends before it starts");
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw new RuleViolation("to", "A period covers at most " + MAX_DAYS + " days");
        }
        if (siteId != null && regionId != null) {
            throw new InvalidValue("region", "give a site or a region, not both");
        }
    }
}
