package io.frontline.notification.application.port.in;

import io.frontline.notification.application.domain.model.DirectoryEntry;
import io.frontline.notification.application.domain.model.ListedPerson;

import java.util.List;

/**
 * The directory as an administrator's list (issue 14): everyone, searchable, with whether they are active;
 * deactivating a person stops every notice to them and every route through them, reactivating restores both.
 * Each person of the list says whether critical news can page them by SMS (issue 15), never their number.
 */
public interface KeepDirectoryStatusUseCase {
    List<ListedPerson> roster(RosterQuery query);

    DirectoryEntry deactivate(ChangePersonStatusCommand command);

    DirectoryEntry reactivate(ChangePersonStatusCommand command);
}
