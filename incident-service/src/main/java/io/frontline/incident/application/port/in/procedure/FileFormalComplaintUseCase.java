package io.frontline.incident.application.port.in.procedure;

import io.frontline.incident.application.domain.model.procedure.FormalComplaint;

/**
 * A written complaint to the committee, by the complainant themselves or by their counsellor with recorded
 * consent (seed 004, Klachtenprocedure 1; Taken vertrouwenspersonen 3-4).
 */
public interface FileFormalComplaintUseCase {
    FormalComplaint file(FileFormalComplaintCommand command);
}
