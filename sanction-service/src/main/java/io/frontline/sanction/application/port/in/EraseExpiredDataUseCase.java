package io.frontline.sanction.application.port.in;

/**
 * Erases what has passed its retention period ({@code RetentionPeriods}); a legal hold — a measure still proposed,
 * approved or active (an active ban), or one with an objection pending — keeps it.
 */
public interface EraseExpiredDataUseCase {
    Erased eraseExpired();

    /** How many records of each kind were erased in one run. */
    record Erased(int measures, int incidents) {
        public int total() {
            return measures + incidents;
        }
    }
}
