package io.frontline.notification.application.port.in;

import io.frontline.notification.application.domain.model.InboxEntry;
import io.frontline.platform.domain.Actor;

import java.util.List;

/** A person's own in-app notifications; nobody reads another person's inbox. */
public interface ReadInboxQuery {
    /** The actor's entries, newest first; only the unread ones if asked. */
    List<InboxEntry> entries(Actor actor, boolean unreadOnly);

    long unreadCount(Actor actor);
}
