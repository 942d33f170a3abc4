package io.frontline.notification.adapter.out.complaint;

import io.frontline.notification.application.domain.model.Language;
import io.frontline.notification.application.domain.model.PartyContact;
import io.frontline.notification.application.port.out.ComplainantContactPort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.util.Optional;

/**
 * Asks complaint-service for a complainant's contact at send time; nothing of it is stored. A 404 means
 * there is nobody to write to; anything else that fails is retried here briefly, then by the delivery's back-off.
 */
@ApplicationScoped
class ComplainantContactAdapter implements ComplainantContactPort {
    @Inject
    @RestClient
    ComplaintServiceClient client;

    @Override
    @Retry(maxRetries = 2, delay = 200)
    @Timeout(5000)
    public Optional<PartyContact> contactOf(String complaintId) {
        ComplaintServiceClient.PartyContactResponse response;
        try {
            response = client.partyContact(complaintId);
        } catch (WebApplicationException e) {
            if (e.getResponse() != null && e.getResponse().getStatus() == 404) {
                return Optional.empty();
            }
            throw e;
        }
        if (response == null || response.email() == null || response.email().isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new PartyContact(response.reference(), response.email(),
                Language.fromCode(response.language()).orElse(Language.NL), response.responseDue(),
                response.replyToken()));
    }
}
