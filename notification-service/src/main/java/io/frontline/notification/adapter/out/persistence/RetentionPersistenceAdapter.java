package io.frontline.notification.adapter.out.persistence;

import io.frontline.notification.application.port.out.RetentionPort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;

@ApplicationScoped
class RetentionPersistenceAdapter implements RetentionPort {
    /** A legal hold: the notice belongs to an escalation that still waits for an acknowledgement. */
    private static final String NOT_OF_AN_OPEN_ESCALATION = " AND NOT EXISTS (SELECT 1 FROM escalation e "
            + "WHERE e.event_id = %s.event_id AND e.status = 'OPEN')";

    @Inject
    Sql sql;

    @Override
    public int deleteDeliveriesEndedBefore(Instant cutoff) {
        return sql.update("DELETE FROM delivery d WHERE d.status IN ('SENT', 'FAILED', 'SUPPRESSED') "
                + "AND COALESCE(d.sent_at, d.created_at) < ?" + NOT_OF_AN_OPEN_ESCALATION.formatted("d"), cutoff);
    }

    @Override
    public int deleteInboxEntriesCreatedBefore(Instant cutoff) {
        return sql.update("DELETE FROM inbox_entry i WHERE i.created_at < ?"
                + NOT_OF_AN_OPEN_ESCALATION.formatted("i"), cutoff);
    }
}
