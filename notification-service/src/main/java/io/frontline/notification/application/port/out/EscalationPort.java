package io.frontline.notification.application.port.out;

import io.frontline.notification.application.domain.model.RoutedEvent;

/**
 * Hands a routed event to the escalation policies. When a policy covers the event (by severity and
 * type), an escalation starts: its first level is told at once through {@link EscalationNotifier},
 * and the answer is true, so routing does not tell the same people a second time.
 * Called inside the routing transaction.
 */
public interface EscalationPort {
    boolean escalate(RoutedEvent event);

    /**
     * When the event reports a person acting on what open escalations are about, acknowledges them "by action"
     * in that person's name (issue 15).
     *
     * @return how many escalations were acknowledged
     */
    int acknowledgeByAction(RoutedEvent event);
}
