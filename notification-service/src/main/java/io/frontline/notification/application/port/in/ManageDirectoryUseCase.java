package io.frontline.notification.application.port.in;

import io.frontline.notification.application.domain.model.ListedPerson;
import io.frontline.notification.application.domain.model.Recipient;

import java.util.List;

/**
 * The directory as administrators keep it: list, read, add and change people. Sites, regions and roles
 * must exist; an unknown person is 404, an existing id on create is 409. The list (the active people) says per person
 * whether critical news can page them by SMS (issue 15), never their number; one person's record holds the number.
 */
public interface ManageDirectoryUseCase {
    List<ListedPerson> people(SmsPagingFilter smsPaging);

    Recipient person(String id);

    Recipient create(Recipient person);

    Recipient update(Recipient person);
}
