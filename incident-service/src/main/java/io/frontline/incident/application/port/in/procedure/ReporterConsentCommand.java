package io.frontline.incident.application.port.in.procedure;

import io.frontline.incident.application.domain.model.procedure.CounsellorPurpose;
import io.frontline.platform.domain.Actor;

import java.util.Objects;
import java.util.UUID;

/** The reporter, signed in, gives or withdraws their consent for a purpose of a counsellor's note. */
public record ReporterConsentCommand(Actor actor, UUID noteId, CounsellorPurpose purpose) {
    public ReporterConsentCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(noteId, "noteId");
    }
}
