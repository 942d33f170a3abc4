package io.frontline.notification.application.port.in;

import io.frontline.platform.domain.Actor;

import java.util.Objects;
import java.util.UUID;

/** The actor has read one of their inbox entries. */
public record MarkInboxEntryReadCommand(Actor actor, UUID entryId) {
    public MarkInboxEntryReadCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(entryId, "entryId");
    }
}
