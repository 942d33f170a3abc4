package io.frontline.incident.application.port.in;

import io.frontline.incident.application.domain.model.EvidenceKind;
import io.frontline.platform.domain.Actor;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A reference to evidence kept elsewhere, with the SHA-256 of its content. */
public record AddEvidenceCommand(Actor actor, UUID incidentId, EvidenceKind kind, String uri, String sha256,
                                 Instant capturedAt) {
    public AddEvidenceCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(incidentId, "incidentId");
        Objects.requireNonNull(kind, "kind");
    }
}
