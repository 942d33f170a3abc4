package io.frontline.incident.application.port.in.procedure;

import io.frontline.incident.application.domain.model.procedure.CounsellorPurpose;
import io.frontline.platform.domain.Actor;

import java.util.Objects;
import java.util.UUID;

/** The counsellor records the reporter's consent for a purpose (seed 004, Taken vertrouwenspersonen 4). */
public record RecordConsentCommand(Actor actor, UUID noteId, CounsellorPurpose purpose) {
    public RecordConsentCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(noteId, "noteId");
    }
}
