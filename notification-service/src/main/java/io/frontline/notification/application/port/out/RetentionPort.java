package io.frontline.notification.application.port.out;

import java.time.Instant;

/** The stored records that retention erases. */
public interface RetentionPort {
    /**
     * Deletes deliveries that ended (sent, failed, suppressed) before {@code cutoff}, except those of an escalation
     * that is still open; returns how many.
     */
    int deleteDeliveriesEndedBefore(Instant cutoff);

    /** Deletes inbox entries created before {@code cutoff}, except those of an escalation still open. */
    int deleteInboxEntriesCreatedBefore(Instant cutoff);
}
