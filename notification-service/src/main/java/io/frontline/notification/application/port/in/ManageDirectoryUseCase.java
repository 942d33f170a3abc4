package io.frontline.notification.application.port.in;

import io.frontline.notification.application.domain.model.Recipient;

import java.util.List;

/**
 * The directory as administrators keep it: list, read, add and change people. Sites, regions and roles
 * must exist; an unknown person is 404, an existing id on create is 409.
 */
public interface ManageDirectoryUseCase {
    List<Recipient> people();

    Recipient person(String id);

    Recipient create(Recipient person);

    Recipient update(Recipient person);
}
