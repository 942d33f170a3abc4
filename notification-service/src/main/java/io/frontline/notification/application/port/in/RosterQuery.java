package io.frontline.notification.application.port.in;

import io.frontline.platform.domain.InvalidValue;

/**
 * What an administrator looks for in the directory: text in the id, name or e-mail (at most 100 characters),
 * and optionally only active or only inactive people.
 */
public record RosterQuery(String search, Boolean active) {
    public RosterQuery {
        search = search == null ? "" : search.strip();
        if (search.length() > 100) {
            throw new InvalidValue("q", "A search is at most 100 characters");
        }
    }
}
