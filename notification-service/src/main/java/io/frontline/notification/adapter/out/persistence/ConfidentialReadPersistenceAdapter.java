package io.frontline.notification.adapter.out.persistence;

import io.frontline.notification.application.port.out.AuditConfidentialReadsPort;
import io.frontline.platform.domain.ConfidentialRead;
import io.frontline.platform.persistence.ConfidentialReadRows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

@ApplicationScoped
class ConfidentialReadPersistenceAdapter implements AuditConfidentialReadsPort {
    @Inject
    Sql sql;

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void granted(ConfidentialRead read) {
        ConfidentialReadRows.insert(sql, read);
    }

    /** In a transaction of its own: a refused read rolls the caller back, its audit line must stay. */
    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void refused(ConfidentialRead read) {
        ConfidentialReadRows.insert(sql, read);
    }
}
