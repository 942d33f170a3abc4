package io.frontline.notification.application.port.in;

/** Marks an entry of the actor's own inbox read; another person's entry does not exist for them. */
public interface MarkInboxEntryReadUseCase {
    void markRead(MarkInboxEntryReadCommand command);
}
