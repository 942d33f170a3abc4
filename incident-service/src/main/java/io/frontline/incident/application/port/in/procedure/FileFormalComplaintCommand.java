package io.frontline.incident.application.port.in.procedure;

import io.frontline.platform.domain.Actor;

import java.util.Objects;
import java.util.UUID;

/**
 * A written complaint to the committee, by the complainant themselves or by their counsellor with recorded
 * consent (seed 004, Klachtenprocedure 1; Taken vertrouwenspersonen 3-4).
 */
public record FileFormalComplaintCommand(Actor actor, String complainant, String accused, String complaint,
                                         UUID counsellorNoteId) {
    public FileFormalComplaintCommand {
        Objects.requireNonNull(actor, "actor");
    }
}
