package io.frontline.notification.application.domain.model;

import java.util.Objects;

/**
 * A person as the directory's lists show them (issue 15): their entry with its status, and whether critical news
 * can page them by SMS — the lists say whether there is a number, never the number.
 */
public record ListedPerson(DirectoryEntry entry, SmsPaging smsPaging) {
    public ListedPerson {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(smsPaging, "smsPaging");
    }
}
