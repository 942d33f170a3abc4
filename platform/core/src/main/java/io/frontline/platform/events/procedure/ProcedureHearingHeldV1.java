package io.frontline.platform.events.procedure;

import io.frontline.platform.events.EventCodec;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * {@code frontline.procedure.hearing-held.v1}: the committee held a closed hearing (seed 004). Says only
 * which sides were heard ({@code complainant}, {@code accused}, {@code other}); no names, no record text.
 */
public record ProcedureHearingHeldV1(String complaintId, String reference, String hearingId, List<String> heardSides,
                                     Instant heldAt) implements EventCodec.Validated {
    @Override
    public void validate() {
        Objects.requireNonNull(complaintId, "complaintId");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(hearingId, "hearingId");
        Objects.requireNonNull(heardSides, "heardSides");
        Objects.requireNonNull(heldAt, "heldAt");
    }
}
