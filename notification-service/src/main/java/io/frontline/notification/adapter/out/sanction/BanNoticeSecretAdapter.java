package io.frontline.notification.adapter.out.sanction;

import io.frontline.notification.application.port.out.BanNoticeSecretPort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * A fresh secret of a ban notice from sanction-service, for the mail being sent. Not retried here: a retry would
 * replace the secret again; the delivery's back-off asks anew, and only the mail that goes out holds the valid one.
 */
@ApplicationScoped
class BanNoticeSecretAdapter implements BanNoticeSecretPort {
    @Inject
    @RestClient
    SanctionServiceClient client;

    @Override
    @Timeout(5000)
    public String secretFor(String noticeReference) {
        return client.issueSecret(noticeReference).secret();
    }
}
