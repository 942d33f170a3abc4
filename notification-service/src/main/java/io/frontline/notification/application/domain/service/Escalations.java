package io.frontline.notification.application.domain.service;

import io.frontline.notification.application.domain.model.RoutedEvent;

/**
 * Hands a routed event to the escalation policies. When a policy covers the event (by severity and
 * type), an escalation starts: its first level is told at once through {@link EscalationNotifier},
 * and the answer is true, so routing does not tell the same people a second time.
 * Called inside the routing transaction. A seam inside the core (routing to the escalation service), not a
 * port: no adapter implements it.
 */
public interface Escalations {
    boolean escalate(RoutedEvent event);

    /**
     * When the event reports a person acting on what open escalations are about, acknowledges them "by action"
     * in that person's name (issue 15).
     *
     * @return how many escalations were acknowledged
     */
    int acknowledgeByAction(RoutedEvent event);
}
