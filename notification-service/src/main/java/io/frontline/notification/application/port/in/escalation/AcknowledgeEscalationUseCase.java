package io.frontline.notification.application.port.in.escalation;

import io.frontline.notification.application.domain.model.escalation.Escalation;

import java.time.Instant;

/**
 * Acknowledging an escalation stops every further level and round (issue 7): over the API by a person who
 * may see it, or with the signed one-click link that was sent to one person of a level.
 */
public interface AcknowledgeEscalationUseCase {
    /** A person outside the escalation's scope gets "not found", like an unknown id. */
    Escalation acknowledge(AcknowledgeEscalationCommand command);

    /**
     * What the one-click link would acknowledge, changing nothing: opening the link (a person, or a mail scanner
     * following every link) only shows this; the acknowledgement is {@link #acknowledgeByLink}, sent from the
     * confirmation page.
     *
     * @throws AcknowledgementLinkRefused when the link is forged, expired or used
     */
    LinkPreview previewLink(String token);

    /**
     * The one-click link's confirmation: valid once, until its expiry, and only with its signature intact.
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

    /**
     * A link as its confirmation page shows it.
     *
     * @param escalation  the escalation as it stands now (it may have been acknowledged by somebody else)
     * @param recipientId in whose name the link acknowledges
     * @param expiresAt   until when it works
     */
    record LinkPreview(Escalation escalation, String recipientId, Instant expiresAt) {
    }
}
