package io.frontline.incident.application.port.out.procedure;

import io.frontline.incident.application.domain.model.procedure.CounsellorNote;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Loads counsellor notes. */
public interface LoadCounsellorNotePort {
    Optional<CounsellorNote> load(UUID noteId);

    /** The notes whose reporter is this account, newest first. */
    List<CounsellorNote> ofReporter(String userId);
}
