package io.frontline.platform.events.procedure;

import io.frontline.platform.events.EventCodec;

import java.time.Instant;
import java.util.Objects;

/**
 * {@code frontline.procedure.interim-measure-requested.v1}: the committee asks management for a temporary
 * provision (seed 004, "Tijdelijke voorzieningen"). The kind of measure only; the reasons stay in the case.
 */
public record ProcedureInterimMeasureRequestedV1(String complaintId, String reference, String measure,
                                                 Instant requestedAt) implements EventCodec.Validated {
    @Override
    public void validate() {
        Objects.requireNonNull(complaintId, "complaintId");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(requestedAt, "requestedAt");
    }
}
