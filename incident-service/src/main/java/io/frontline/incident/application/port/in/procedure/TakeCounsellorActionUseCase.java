package io.frontline.incident.application.port.in.procedure;

import io.frontline.incident.application.domain.model.procedure.CounsellorAction;

/** The counsellor acts for the reporter, only with consent (seed 004, Taken vertrouwenspersonen 2-4). */
public interface TakeCounsellorActionUseCase {
    CounsellorAction act(TakeCounsellorActionCommand command);
}
