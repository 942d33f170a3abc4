package io.frontline.notification.application.port.out;

/**
 * Asks sanction-service for a fresh secret of a customer's ban notice, to put in the mail (issue 17): the only
 * place it exists in plain text; the one before no longer opens the page. A failure to ask throws.
 */
public interface BanNoticeSecretPort {
    String secretFor(String noticeReference);
}
