package io.frontline.notification.application.domain.model;

import java.time.Instant;
import java.util.Objects;

/**
 * A person of the directory with their status as administrators see it (issue 14): an inactive person stays
 * on record but receives nothing and is not routed to.
 *
 * @param person        the person's details
 * @param active        whether they receive notifications
 * @param deactivatedAt when an administrator deactivated them; null while active
 * @param deactivatedBy the administrator who did; null while active
 */
public record DirectoryEntry(Recipient person, boolean active, Instant deactivatedAt, String deactivatedBy) {
    public DirectoryEntry {
        Objects.requireNonNull(person, "person");
    }
}
