package io.frontline.incident.application.domain.model.procedure;

import java.time.Instant;

/** An investigation by experts the committee engaged (seed 004, Klachtenprocedure 7), at the employer's cost. */
public record ExpertEngagement(String expertise, String engagedBy, Instant engagedAt) {
}
