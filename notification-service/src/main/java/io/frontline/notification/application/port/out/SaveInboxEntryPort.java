package io.frontline.notification.application.port.out;

import io.frontline.notification.application.domain.model.InboxEntry;

/** Stores an inbox entry, new or changed. */
public interface SaveInboxEntryPort {
    void save(InboxEntry entry);
}
