package io.frontline.incident.application.port.in.procedure;

import io.frontline.incident.application.domain.model.procedure.NoteReadAttempt;
import io.frontline.platform.domain.Actor;

import java.util.List;

/** The audit trail of read attempts on counsellor notes, for HQ safety and administrators (never the notes). */
public interface ReadNoteAuditQuery {
    List<NoteReadAttempt> readAttempts(Actor actor);
}
