package io.frontline.notification.application.port.in;

/**
 * Erases deliveries and inbox entries past their retention period ({@code RetentionPeriods}); a legal hold — a
 * delivery still to be sent, a notice whose escalation is still open — keeps them.
 */
public interface EraseExpiredDataUseCase {
    Erased eraseExpired();

    /** How many records of each kind were erased in one run. */
    record Erased(int deliveries, int inboxEntries) {
        public int total() {
            return deliveries + inboxEntries;
        }
    }
}
