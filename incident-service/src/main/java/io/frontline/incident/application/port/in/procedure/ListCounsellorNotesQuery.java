package io.frontline.incident.application.port.in.procedure;

import io.frontline.incident.application.domain.model.procedure.CounsellorNote;
import io.frontline.platform.domain.Actor;
import io.frontline.platform.query.Cursor;
import io.frontline.platform.query.ListPage;

/**
 * The confidential counsellor's own notes, newest first (seed 004, Vertrouwenspersoon: the counsellor's notes are
 * theirs alone): never another counsellor's. The list carries no note's text; opening a note is a read and is
 * audited as every read.
 */
public interface ListCounsellorNotesQuery {
    /** Sort name of the list in its cursors. */
    String SORT = "-written";

    ListPage<CounsellorNote> ownNotes(Actor actor, Cursor after, int limit);
}
