package io.frontline.notification.application.port.out;

import io.frontline.notification.application.domain.model.DirectoryEntry;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Everyone in the directory with their status, active or not, and the switch between the two. */
public interface DirectoryStatusPort {
    /** Active and inactive people whose id, name or e-mail contains the search (all when blank), by id. */
    List<DirectoryEntry> entries(String search, Boolean active);

    Optional<DirectoryEntry> entry(String id);

    void deactivate(String id, Instant at, String by);

    void reactivate(String id);
}
