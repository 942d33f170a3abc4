package io.frontline.complaint.application.port.in;

import io.frontline.complaint.application.domain.model.Complaint;
import io.frontline.complaint.application.domain.model.ConductIndicator;

import java.util.Set;

/**
 * The handling of a complaint by staff of its site (seed 002), and its conduct assessment (seed 000). A
 * complaint outside the actor's site scope does not exist for them; a step the state does not allow is refused.
 */
public interface HandleComplaintUseCase {
    Complaint acknowledge(ComplaintActionCommand command);

    Complaint startHandling(ComplaintActionCommand command);

    Complaint assign(AssignComplaintCommand command);

    /** Puts a question to the complainant; the term pauses. */
    Complaint waitForComplainant(ComplaintActionCommand command);

    /** The complainant answered outside this service (phone, counter); the term runs again. */
    Complaint resumeHandling(ComplaintActionCommand command);

    Complaint resolve(ComplaintActionCommand command);

    Complaint reject(ComplaintActionCommand command);

    Complaint escalate(EscalateComplaintCommand command);

    Complaint addMessage(AddMessageCommand command);

    Complaint assessConduct(AssessConductCommand command);

    /** What automatic screening of the complaint's text suggests; a suggestion only, never a judgement. */
    Set<ConductIndicator> screeningSuggestions(ComplaintActionCommand command);
}
