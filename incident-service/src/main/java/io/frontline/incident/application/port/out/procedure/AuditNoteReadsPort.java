package io.frontline.incident.application.port.out.procedure;

import io.frontline.incident.application.domain.model.procedure.NoteReadAttempt;

import java.util.List;

/**
 * The audit trail of reads of counsellor notes. {@link #record} commits on its own, so a refused attempt
 * stays recorded although the refusal undoes the caller's transaction.
 */
public interface AuditNoteReadsPort {
    void record(NoteReadAttempt attempt);

    List<NoteReadAttempt> all();
}
