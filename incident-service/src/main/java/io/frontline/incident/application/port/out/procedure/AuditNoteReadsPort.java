package io.frontline.incident.application.port.out.procedure;

import io.frontline.incident.application.domain.model.procedure.NoteReadAttempt;

import io.frontline.platform.query.Cursor;

import java.util.List;

/**
 * The audit trail of reads of counsellor notes. {@link #record} commits on its own, so a refused attempt
 * stays recorded although the refusal undoes the caller's transaction.
 */
public interface AuditNoteReadsPort {
    void record(NoteReadAttempt attempt);

    /** A line of the trail with its row id, the second key of the trail's one order (newest first). */
    record Line(long id, NoteReadAttempt attempt) {
    }

    /** Up to {@code rows} lines, newest first, after the cursor (its keys: the last line's instant and id). */
    List<Line> newestFirst(Cursor after, int rows);
}
