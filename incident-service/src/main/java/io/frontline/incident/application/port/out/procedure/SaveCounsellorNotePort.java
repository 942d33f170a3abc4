package io.frontline.incident.application.port.out.procedure;

import io.frontline.incident.application.domain.model.procedure.CounsellorNote;

/** Stores counsellor notes. */
public interface SaveCounsellorNotePort {
    void save(CounsellorNote note);
}
