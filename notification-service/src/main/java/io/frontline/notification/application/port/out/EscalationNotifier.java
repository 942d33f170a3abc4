package io.frontline.notification.application.port.out;

import io.frontline.notification.application.domain.model.EscalationLevelNotice;

/**
 * Tells the people of one escalation level over their channels (e-mail, webhook, in-app), each with
 * their own acknowledgement link. Deliveries are unique per notice key, recipient and channel.
 * Called inside the escalation's transaction.
 */
public interface EscalationNotifier {
    void notifyLevel(EscalationLevelNotice notice);
}
