package io.frontline.sanction.application.port.in;

import io.frontline.platform.domain.Actor;
import io.frontline.platform.domain.RuleViolation;
import io.frontline.platform.domain.SubjectKey;
import io.frontline.sanction.application.domain.model.BanTerms;
import io.frontline.sanction.application.domain.model.MeasureType;

import java.time.Instant;
import java.time.Period;
import java.util.Objects;
import java.util.UUID;

/**
 * A measure against a customer, proposed by hand: a warning, a request to leave, or a ban with its terms
 * and duration, for the customer's subject key, at the site it concerns.
 */
public record ProposeCustomerMeasureCommand(Actor actor, MeasureType type, SubjectKey subjectKey, String siteId,
                                            BanTerms banTerms, Period duration, Instant startsAt, String reason,
                                            UUID incidentId, boolean policeReportRecommended) {
    public ProposeCustomerMeasureCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(subjectKey, "subjectKey");
        if (type.isStaffMeasure()) {
            throw new RuleViolation("type", "Staff measures are proposed as staff measures");
        }
        if (siteId == null || siteId.isBlank()) {
            throw new RuleViolation("site", "The site is required");
        }
        if (reason == null || reason.isBlank()) {
            throw new RuleViolation("reason", "A proposal states its reason");
        }
    }
}
