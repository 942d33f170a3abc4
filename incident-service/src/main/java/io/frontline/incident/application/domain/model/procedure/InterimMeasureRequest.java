package io.frontline.incident.application.domain.model.procedure;

import java.time.Instant;

/**
 * A request to management for a temporary provision, at the start or during the investigation (seed 004,
 * "Tijdelijke voorzieningen"): management follows it where the well-being of anyone involved needs it.
 */
public record InterimMeasureRequest(InterimMeasureKind kind, String reason, String requestedBy, Instant requestedAt) {
}
