package io.frontline.notification.application.port.in;

/**
 * Tells the people responsible for a site that a complaint arrived there: one inbox entry per site
 * manager, or per regional manager when the site has none.
 */
public interface NotifyComplaintReceivedUseCase {
    void notifyComplaintReceived(NotifyComplaintReceivedCommand command);
}
