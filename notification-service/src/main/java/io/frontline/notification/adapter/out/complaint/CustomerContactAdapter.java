package io.frontline.notification.adapter.out.complaint;

import io.frontline.notification.application.domain.model.CustomerContact;
import io.frontline.notification.application.domain.model.Language;
import io.frontline.notification.application.port.out.CustomerContactPort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.util.Optional;

/**
 * Asks complaint-service for a customer's e-mail, phone number and language by subject key at send time; nothing is
 * stored.
 */
@ApplicationScoped
class CustomerContactAdapter implements CustomerContactPort {
    @Inject
    @RestClient
    ComplaintSubjectsClient client;

    @Override
    @Retry(maxRetries = 2, delay = 200)
    @Timeout(5000)
    public Optional<CustomerContact> contactOf(String subjectKey) {
        ComplaintSubjectsClient.SubjectContactResponse response;
        try {
            response = client.contact(subjectKey);
        } catch (WebApplicationException e) {
            if (e.getResponse() != null && e.getResponse().getStatus() == 404) {
                return Optional.empty();
            }
            throw e;
        }
        if (response == null || (blank(response.email()) && blank(response.phone()))) {
            return Optional.empty();
        }
        return Optional.of(new CustomerContact(response.email(), response.phone(),
                Language.fromCode(response.language()).orElse(Language.NL)));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
