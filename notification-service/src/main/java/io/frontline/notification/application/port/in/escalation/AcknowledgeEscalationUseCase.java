package io.frontline.notification.application.port.in.escalation;

import io.frontline.notification.application.domain.model.escalation.Escalation;

/**
 * Acknowledging an escalation stops every further level and round (issue 7): over the API by a person who
 * may see it, or with the signed one-click link that was sent to one person of a level.
 */
public interface AcknowledgeEscalationUseCase {
    /** A person outside the escalation's scope gets "not found", like an unknown id. */
    Escalation acknowledge(AcknowledgeEscalationCommand command);

    /**
     * The one-click link: valid once, until its expiry, and only with its signature intact.
     *
     * @throws AcknowledgementLinkRefused when the link is forged, expired or used
     */
    LinkAcknowledgement acknowledgeByLink(String token);

    /**
     * The result of a click.
     *
     * @param escalation        the escalation as it stands now
     * @param acknowledgedNow   false when somebody else had acknowledged it already (the click changed nothing)
     */
    record LinkAcknowledgement(Escalation escalation, boolean acknowledgedNow) {
    }
}
