package io.frontline.prevention.application.port.in;

/**
 * Erases or anonymises what has passed its retention period ({@code RetentionPeriods}); a partner's report that is
 * still being handled is held.
 */
public interface EraseExpiredDataUseCase {
    Erased eraseExpired();

    /** How many records of each kind were erased or anonymised in one run. */
    record Erased(int partnerReports, int consultations) {
        public int total() {
            return partnerReports + consultations;
        }
    }
}
