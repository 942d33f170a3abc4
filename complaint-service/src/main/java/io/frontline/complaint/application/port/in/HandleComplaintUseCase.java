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

    /**
     * Rejects on the substance; for a complaint judged abusive in manner the rejection is only proposed, and a
     * second person approves it.
     */
    Complaint reject(ComplaintActionCommand command);

    /** A second person (not the proposer, not the author of the conduct assessment) approves the rejection. */
    Complaint approveRejection(ComplaintActionCommand command);

    /** The proposed rejection is declined or withdrawn, with a reason ({@code text}). */
    Complaint declineRejection(ComplaintActionCommand command);

    Complaint escalate(EscalateComplaintCommand command);

    Complaint addMessage(AddMessageCommand command);

    /** Reassessing a reasonable demand as unreasonable is only proposed; a second person approves it. */
    Complaint assessConduct(AssessConductCommand command);

    /** A second person (not the proposer) approves the reassessment; the complainant is told. */
    Complaint approveReassessment(ComplaintActionCommand command);

    /** The proposed reassessment is declined or withdrawn, with a reason ({@code text}). */
    Complaint declineReassessment(ComplaintActionCommand command);

    /** What automatic screening of the complaint's text suggests; a suggestion only, never a judgement. */
    Set<ConductIndicator> screeningSuggestions(ComplaintActionCommand command);
}
