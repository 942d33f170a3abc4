package io.frontline.incident.application.port.out.procedure;

import io.frontline.incident.application.domain.model.procedure.CounsellorNote;

import io.frontline.platform.query.Cursor;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Loads counsellor notes. */
public interface LoadCounsellorNotePort {
    Optional<CounsellorNote> load(UUID noteId);

    /** The notes whose reporter is this account, newest first. */
    List<CounsellorNote> ofReporter(String userId);

    /**
     * The notes this counsellor wrote, newest first (written at, then id), after the cursor's row; at most
     * {@code rows} of them. The author is part of the query, never filtered afterwards.
     */
    List<CounsellorNote> ofCounsellor(String counsellor, Cursor after, int rows);
}
