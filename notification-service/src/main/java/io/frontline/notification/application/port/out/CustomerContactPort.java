package io.frontline.notification.application.port.out;

import io.frontline.notification.application.domain.model.CustomerContact;

import java.util.Optional;

/**
 * Asks complaint-service, at send time, how to reach a customer by their subject key (the e-mail, phone number and
 * language of the complaints they filed). Empty when neither is known for them; a failure to ask throws.
 */
public interface CustomerContactPort {
    Optional<CustomerContact> contactOf(String subjectKey);
}
