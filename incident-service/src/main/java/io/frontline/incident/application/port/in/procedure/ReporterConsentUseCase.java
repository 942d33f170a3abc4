package io.frontline.incident.application.port.in.procedure;

import io.frontline.incident.application.domain.model.procedure.CounsellorNote;

import io.frontline.platform.domain.Actor;

import java.util.List;

/**
 * Seed 004, Taken vertrouwenspersonen 4: the counsellor acts only with the employee's consent, so a reporter
 * with an account gives and withdraws it themselves; the note is theirs to consent on, by the token's subject.
 * For anyone else the note does not exist.
 */
public interface ReporterConsentUseCase {
    void give(ReporterConsentCommand command);

    void withdraw(ReporterConsentCommand command);

    /** The notes the actor is the reporter of (their consents, never the counsellor's text). */
    List<CounsellorNote> notesOf(Actor actor);
}
