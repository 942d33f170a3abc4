package io.frontline.incident.application.port.in.procedure;

import io.frontline.incident.application.domain.model.procedure.InterimMeasureKind;
import io.frontline.platform.domain.Actor;

import java.util.Objects;
import java.util.UUID;

/** The committee asks management for a temporary provision (seed 004, Tijdelijke voorzieningen). */
public record RequestInterimMeasureCommand(Actor actor, UUID complaintId, InterimMeasureKind measure, String reason) {
    public RequestInterimMeasureCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(complaintId, "complaintId");
    }
}
