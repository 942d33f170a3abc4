package io.frontline.incident.application.domain.model.procedure;

import java.time.Instant;
import java.util.UUID;

/**
 * A party's written position, shown to the other party who may answer it (seed 004, Klachtenprocedure 8:
 * "in de gelegenheid gesteld om kennis te nemen van elkanders standpunten en om daarop te reageren").
 */
public record PositionStatement(UUID id, PartySide side, String text, UUID inReplyTo, Instant submittedAt) {
}
