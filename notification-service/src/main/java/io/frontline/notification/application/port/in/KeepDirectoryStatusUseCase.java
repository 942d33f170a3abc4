package io.frontline.notification.application.port.in;

import io.frontline.notification.application.domain.model.DirectoryEntry;

import java.util.List;

/**
 * The directory as an administrator's list (issue 14): everyone, searchable, with whether they are active;
 * deactivating a person stops every notice to them and every route through them, reactivating restores both.
 */
public interface KeepDirectoryStatusUseCase {
    List<DirectoryEntry> roster(RosterQuery query);

    DirectoryEntry deactivate(ChangePersonStatusCommand command);

    DirectoryEntry reactivate(ChangePersonStatusCommand command);
}
