package io.frontline.notification.adapter.out.escalation;

import io.frontline.notification.application.domain.model.RoutedEvent;
import io.frontline.notification.application.port.out.EscalationPort;
import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Stand-in until escalation policies exist: no policy covers any event, so routing tells everyone itself.
 * Replaced by the escalation service's bean, which wins over this default.
 */
@DefaultBean
@ApplicationScoped
class NoEscalationPolicies implements EscalationPort {
    @Override
    public boolean escalate(RoutedEvent event) {
        return false;
    }
}
