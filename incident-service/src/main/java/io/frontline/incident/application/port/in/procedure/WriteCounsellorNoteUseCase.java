package io.frontline.incident.application.port.in.procedure;

import io.frontline.incident.application.domain.model.procedure.CounsellorNote;

/**
 * A confidential counsellor writes down a first report; the reporter may stay anonymous (seed 004, Taken
 * vertrouwenspersonen 1).
 */
public interface WriteCounsellorNoteUseCase {
    CounsellorNote write(WriteCounsellorNoteCommand command);
}
