package io.frontline.platform.audit;

import io.frontline.platform.domain.ConfidentialRead;
import io.frontline.platform.persistence.ConfidentialReadRows;
import io.frontline.platform.persistence.JdbcRows;
import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * The trail's lines in the service's own table {@code confidential_read}, on the transaction's connection; on in the
 * services that keep the trail ({@code frontline.audit.confidential-read-trail=true}).
 */
@ApplicationScoped
@IfBuildProperty(name = ConfidentialReadTrail.ENABLED, stringValue = "true")
public class JdbcConfidentialReadLog extends JdbcRows implements ConfidentialReadLog {
    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void granted(ConfidentialRead read) {
        ConfidentialReadRows.insert(this, read);
    }

    /** In a transaction of its own: a refused read rolls the caller back, its audit line must stay. */
    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void refused(ConfidentialRead read) {
        ConfidentialReadRows.insert(this, read);
    }
}
