package io.frontline.sanction.adapter.out.notify;

import io.frontline.sanction.application.domain.model.BanEntry;
import io.frontline.sanction.application.domain.model.Measure;
import io.frontline.sanction.application.port.out.BanChangesPort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * A committed ban change reaches every check index: this replica's right after the commit (a transaction
 * synchronisation, so a check that follows the response sees it), every replica's through a PostgreSQL
 * NOTIFY sent in the same transaction, which PostgreSQL delivers only if and when it commits. The payload
 * is the subject key (a pseudonym, never a raw identifier); listeners reload that subject. The local refresh
 * is announced as a committed {@link BanEntry} that {@code adapter.in.notify} applies to the index: an outgoing
 * adapter does not start a use case itself.
 */
@ApplicationScoped
class BanChangeNotifier implements BanChangesPort {
    /** The NOTIFY channel; {@code BanChangeListener} listens on it. */
    static final String CHANNEL = "frontline_bans";

    @Inject
    DataSource dataSource;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    Event<BanEntry> committed;

    /** Sent in the transaction; every replica (this one too) reloads the subject's flags when it commits. */
    @Override
    public void announceSubject(String subjectKey) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement notify = connection.prepareStatement("SELECT pg_notify('" + CHANNEL + "', ?)")) {
            notify.setString(1, subjectKey);
            notify.execute();
        } catch (SQLException e) {
            throw new IllegalStateException("could not announce a flag change", e);
        }
    }

    @Override
    public void announce(Measure ban) {
        BanEntry change = BanEntry.of(ban);
        if (change == null) {
            return;
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement notify = connection.prepareStatement("SELECT pg_notify('" + CHANNEL + "', ?)")) {
            notify.setString(1, change.subjectKey());
            notify.execute();
        } catch (SQLException e) {
            throw new IllegalStateException("could not announce a ban change", e);
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing to do before the commit
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    committed.fire(change);
                }
            }
        });
    }
}
