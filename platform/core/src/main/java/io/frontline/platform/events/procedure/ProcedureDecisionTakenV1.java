package io.frontline.platform.events.procedure;

import io.frontline.platform.events.EventCodec;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * {@code frontline.procedure.decision-taken.v1}: management decided on the committee's report (seed 004,
 * "Sancties en maatregelen"). sanction-service records the imposed staff sanction, if any; the parties'
 * user ids address the copy of the decision and open the objection window until {@code objectionDueAt}.
 */
public record ProcedureDecisionTakenV1(String complaintId, String reference, String complainantUserId,
                                       String accusedUserId, String finding, boolean followsAdvice,
                                       StaffSanction sanction, Instant decidedAt, Instant objectionDueAt)
        implements EventCodec.Validated {

    /** The imposed sanction: its type, on whom, and the days of a suspension or the amount of a fine. */
    public record StaffSanction(String type, String employeeUserId, Integer suspensionDays, BigDecimal fineAmount) {
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
    }
}
