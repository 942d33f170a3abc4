package io.frontline.incident.application.port.in.procedure;

import io.frontline.incident.application.domain.model.procedure.NoteReadAttempt;
import io.frontline.platform.domain.Actor;

import io.frontline.platform.query.Cursor;
import io.frontline.platform.query.ListPage;

/** The audit trail of read attempts on counsellor notes, for HQ safety and administrators (never the notes). */
public interface ReadNoteAuditQuery {
    /** The trail's one order: newest first. */
    String TRAIL_SORT = "-attempted";

    ListPage<NoteReadAttempt> readAttempts(Actor actor, Cursor after, int limit);
}
