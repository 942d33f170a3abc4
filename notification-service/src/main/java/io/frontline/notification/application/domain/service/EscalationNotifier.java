package io.frontline.notification.application.domain.service;

import io.frontline.notification.application.domain.model.EscalationLevelNotice;

/**
 * Tells the people of one escalation level over their channels (e-mail, webhook, in-app), each with
 * their own acknowledgement link. Deliveries are unique per notice key, recipient and channel.
 * Called inside the escalation's transaction. A seam inside the core (the escalation service to the notice
 * service, which sends through the channel ports), not a port: no adapter implements it; tests decorate it.
 */
public interface EscalationNotifier {
    void notifyLevel(EscalationLevelNotice notice);
}
