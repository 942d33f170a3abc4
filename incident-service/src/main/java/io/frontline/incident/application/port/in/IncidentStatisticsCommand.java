package io.frontline.incident.application.port.in;

import io.frontline.incident.application.domain.model.IncidentStatistics;
import io.frontline.platform.domain.Actor;
import io.frontline.platform.domain.InvalidValue;
import io.frontline.platform.domain.RuleViolation;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * Safety figures over the incidents reported from {@code from} up to and including {@code to} (days in the chain's
 * zone), of one site, one region or everything the actor oversees (both null), grouped by {@code groupBy}.
 */
public record IncidentStatisticsCommand(Actor actor, LocalDate from, LocalDate to, String siteId, String regionId,
                                        IncidentStatistics.GroupBy groupBy) {
    public IncidentStatisticsCommand {
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
        if (ChronoUnit.DAYS.between(from, to) >= IncidentStatistics.MAX_DAYS) {
            throw new RuleViolation("to", "A period covers at most " + IncidentStatistics.MAX_DAYS + " days");
        }
        if (siteId != null && regionId != null) {
            throw new InvalidValue("region", "give a site or a region, not both");
        }
        groupBy = groupBy == null ? IncidentStatistics.GroupBy.SITE : groupBy;
    }
}
