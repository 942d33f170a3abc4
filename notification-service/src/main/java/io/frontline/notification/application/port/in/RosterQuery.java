package io.frontline.notification.application.port.in;

import io.frontline.platform.domain.InvalidValue;

/**
 * What an administrator looks for in the directory: text in the id, name or e-mail (at most 100 characters),
 * optionally only active or only inactive people, and optionally only those whom critical news would page by SMS
 * but who have no mobile number.
 */
public record RosterQuery(String search, Boolean active, SmsPagingFilter smsPaging) {
    public RosterQuery {
        search = search == null ? "" : search.strip();
        if (search.length() > 100) {
            throw new InvalidValue("q", "A search is at most 100 characters");
        }
    }

    public RosterQuery(String search, Boolean active) {
        this(search, active, null);
    }
}
