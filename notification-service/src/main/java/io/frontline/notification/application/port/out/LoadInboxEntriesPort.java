package io.frontline.notification.application.port.out;

import io.frontline.notification.application.domain.model.InboxEntry;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reads stored inbox entries. */
public interface LoadInboxEntriesPort {
    Optional<InboxEntry> load(UUID entryId);

    /** A recipient's entries, newest first. */
    List<InboxEntry> entriesOf(String recipientId, boolean unreadOnly);

    long unreadCountOf(String recipientId);

    /** Whether the recipient has an entry for this notice (event id or escalation notice key) already. */
    boolean hasEntry(String deliveryKey, String recipientId);
}
