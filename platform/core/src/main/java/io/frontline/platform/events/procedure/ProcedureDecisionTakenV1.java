package io.frontline.platform.events.procedure;

import io.frontline.platform.events.EventCodec;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * {@code frontline.procedure.decision-taken.v1}: management decided on the committee's report (seed 004,
 * "Sancties en maatregelen"). sanction-service proposes the imposed staff sanction, if any, as a measure; the
 * parties' user ids address the copy of the decision and open the objection window until {@code objectionDueAt}.
 * Added compatibly to v1 (optional, absent in older events): {@code decidedBy}, the HR member who decided
 * (they never approve the measure), {@code siteId}, where the sanctioned employee works, the committee's
 * {@code advisedSanction} and the {@code departureReasons} of a decision that departs from it, and a
 * transfer's {@code transferToSiteId}.
 */
public record ProcedureDecisionTakenV1(String complaintId, String reference, String complainantUserId,
                                       String accusedUserId, String finding, boolean followsAdvice,
                                       StaffSanction sanction, Instant decidedAt, Instant objectionDueAt,
                                       String decidedBy, String siteId, AdvisedSanction advisedSanction,
                                       String departureReasons)
        implements EventCodec.Validated {

    /** The imposed sanction: its type, on whom, the days of a suspension, the amount of a fine, a transfer's site. */
    public record StaffSanction(String type, String employeeUserId, Integer suspensionDays, BigDecimal fineAmount,
                                String transferToSiteId) {
    }

    /** What the committee advised: type, days of a suspension, amount of a fine. */
    public record AdvisedSanction(String type, Integer suspensionDays, BigDecimal fineAmount) {
    }

    @Override
    public void validate() {
        Objects.requireNonNull(complaintId, "complaintId");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(complainantUserId, "complainantUserId");
        Objects.requireNonNull(accusedUserId, "accusedUserId");
        Objects.requireNonNull(finding, "finding");
        Objects.requireNonNull(decidedAt, "decidedAt");
        Objects.requireNonNull(objectionDueAt, "objectionDueAt");
        if (sanction != null) {
            Objects.requireNonNull(sanction.type(), "sanction.type");
            Objects.requireNonNull(sanction.employeeUserId(), "sanction.employeeUserId");
        }
        if (advisedSanction != null) {
            Objects.requireNonNull(advisedSanction.type(), "advisedSanction.type");
        }
    }
}
