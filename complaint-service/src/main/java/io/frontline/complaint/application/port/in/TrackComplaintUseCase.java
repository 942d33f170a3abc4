package io.frontline.complaint.application.port.in;

import io.frontline.complaint.application.domain.model.Complaint;

/**
 * What a complainant does with reference and tracking secret, without an account. A wrong secret is answered
 * exactly like an unknown reference.
 */
public interface TrackComplaintUseCase {
    Complaint track(String reference, String secret);

    /** A reply from the complainant; a complaint waiting for it resumes. */
    Complaint reply(String reference, String secret, String text);

    /** Seed 002: reopening within 30 days of closure. */
    Complaint reopen(String reference, String secret, String reason);

    /**
     * The complainant asks for escalation: the request joins the timeline for the handler and the complainant, the
     * site manager is told; the escalation level itself does not change.
     */
    Complaint requestEscalation(RequestEscalationCommand command);
}
