package io.frontline.notification.application.port.out;

import io.frontline.notification.application.domain.model.Recipient;

import java.util.Collection;
import java.util.Optional;

/** Stores recipients, adding new ones and updating known ones by id. */
public interface SaveRecipientsPort {
    void saveRecipients(Collection<Recipient> recipients);

    Optional<Recipient> find(String id);
}
