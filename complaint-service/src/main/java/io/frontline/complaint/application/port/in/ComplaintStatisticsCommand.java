package io.frontline.complaint.application.port.in;

import io.frontline.complaint.application.domain.model.ComplaintStatistics;
import io.frontline.platform.domain.Actor;
import io.frontline.platform.domain.InvalidValue;
import io.frontline.platform.domain.RuleViolation;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * Complaint figures over the complaints received from {@code from} up to and including {@code to} (days in the
 * chain's zone), of one site, one region or everything the actor oversees (both null), grouped by {@code groupBy}
 * (category when none is given).
 */
public record ComplaintStatisticsCommand(Actor actor, LocalDate from, LocalDate to, String siteId, String regionId,
                                         ComplaintStatistics.GroupBy groupBy) {
    public ComplaintStatisticsCommand {
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
        if (ChronoUnit.DAYS.between(from, to) >= ComplaintStatistics.MAX_DAYS) {
            throw new RuleViolation("to", "A period covers at most " + ComplaintStatistics.MAX_DAYS + " days");
        }
        if (siteId != null && regionId != null) {
            throw new InvalidValue("region", "give a site or a region, not both");
        }
        groupBy = groupBy == null ? ComplaintStatistics.GroupBy.CATEGORY : groupBy;
    }
}
