package io.frontline.notification.application.port.out;

import io.frontline.notification.application.domain.model.PartyContact;

import java.util.Optional;

/**
 * Asks complaint-service, at send time, how to reach a complaint's external complainant. Empty when the
 * complaint is unknown, left no e-mail, or its personal data was erased; a failure to ask throws.
 */
public interface ComplainantContactPort {
    Optional<PartyContact> contactOf(String complaintId);
}
