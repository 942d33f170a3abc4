package io.frontline.incident.application.port.in;

/**
 * Erases or anonymises what has passed its retention period ({@code RetentionPeriods}); what is under a legal hold
 * (an incident still open, a perpetrator with an open incident, a procedure still running or with an objection
 * pending, a suggestion still waiting) stays until the hold ends.
 */
public interface EraseExpiredDataUseCase {
    Erased eraseExpired();

    /** How many records of each kind were erased or anonymised in one run. */
    record Erased(int incidents, int evidenceFiles, int formalComplaints, int counsellorNotes, int liveCalls) {
        public int total() {
            return incidents + evidenceFiles + formalComplaints + counsellorNotes + liveCalls;
        }
    }
}
