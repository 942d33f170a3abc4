package io.frontline.incident.application.port.in.procedure;

import io.frontline.incident.application.domain.model.procedure.CounsellorNote;
import io.frontline.platform.domain.Actor;

import java.util.UUID;

/**
 * Reads a counsellor note: only its author (role counsellor) gets it; for everyone else it does not exist.
 * Every attempt, granted or refused, is audited.
 */
public interface ReadCounsellorNoteQuery {
    CounsellorNote read(Actor actor, UUID noteId);
}
