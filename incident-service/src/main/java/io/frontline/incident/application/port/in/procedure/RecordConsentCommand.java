package io.frontline.incident.application.port.in.procedure;

import io.frontline.incident.application.domain.model.procedure.ConsentGiven;
import io.frontline.incident.application.domain.model.procedure.CounsellorPurpose;
import io.frontline.platform.domain.Actor;

import java.util.Objects;
import java.util.UUID;

/**
 * The counsellor records the consent of a reporter without an account for a purpose, with how it was given
 * (seed 004, Taken vertrouwenspersonen 4).
 */
public record RecordConsentCommand(Actor actor, UUID noteId, CounsellorPurpose purpose, ConsentGiven how) {
    public RecordConsentCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(noteId, "noteId");
    }
}
