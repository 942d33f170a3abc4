package io.frontline.sanction.application.port.in;

import io.frontline.platform.domain.Actor;
import io.frontline.platform.domain.RuleViolation;
import io.frontline.sanction.application.domain.model.MeasureType;
import io.frontline.sanction.application.domain.model.StaffTerms;

import java.time.Instant;
import java.util.Objects;

/** A staff measure after the internal procedure (seed 004), with the committee's advice it follows or departs from. */
public record ProposeStaffMeasureCommand(Actor actor, MeasureType type, String employeeId, String siteId,
                                         StaffTerms terms, Instant startsAt, String reason) {
    public ProposeStaffMeasureCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(type, "type");
        if (!type.isStaffMeasure()) {
            throw new RuleViolation("type", "Not a staff measure: " + type);
        }
        if (employeeId == null || employeeId.isBlank()) {
            throw new RuleViolation("employeeId", "The employee is required");
        }
        if (siteId == null || siteId.isBlank()) {
            throw new RuleViolation("site", "The site is required");
        }
        if (reason == null || reason.isBlank()) {
            throw new RuleViolation("reason", "A proposal states its reason");
        }
    }
}
