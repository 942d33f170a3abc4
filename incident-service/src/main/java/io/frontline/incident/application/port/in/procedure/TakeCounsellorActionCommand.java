package io.frontline.incident.application.port.in.procedure;

import io.frontline.incident.application.domain.model.procedure.CounsellorPurpose;
import io.frontline.platform.domain.Actor;

import java.util.Objects;
import java.util.UUID;

/** The counsellor acts for the reporter, only with consent (seed 004, Taken vertrouwenspersonen 2-4). */
public record TakeCounsellorActionCommand(Actor actor, UUID noteId, CounsellorPurpose purpose, String description) {
    public TakeCounsellorActionCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(noteId, "noteId");
    }
}
