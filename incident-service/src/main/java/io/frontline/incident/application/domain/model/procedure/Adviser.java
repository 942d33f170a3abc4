package io.frontline.incident.application.domain.model.procedure;

import java.time.Instant;

/** A party's adviser (seed 004, Klachtenprocedure 5: "zich door een raadsman of -vrouw te laten bijstaan"). */
public record Adviser(PartySide side, String name, Instant appointedAt) {
}
