package io.frontline.notification.adapter.out.notifier.escalation;

import io.frontline.notification.application.domain.model.EscalationLevelNotice;
import io.frontline.notification.application.port.out.EscalationNotifier;
import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * Only until the channels deliver escalation notices: records in the log that a level was due to be told (ids,
 * never contact data). Any other {@link EscalationNotifier} bean replaces it.
 */
@DefaultBean
@ApplicationScoped
class UndeliveredEscalationNotifier implements EscalationNotifier {
    private static final Logger LOG = Logger.getLogger(UndeliveredEscalationNotifier.class);

    @Override
    public void notifyLevel(EscalationLevelNotice notice) {
        LOG.warnf("Escalation %s round %d level %d: no channel delivers escalation notices yet; %d people not told",
                notice.escalationId(), notice.round(), notice.level(), notice.recipients().size());
    }
}
