package io.frontline.notification.application.domain.service;

import io.frontline.notification.application.domain.model.InboxEntry;
import io.frontline.notification.application.port.in.MarkInboxEntryReadCommand;
import io.frontline.notification.application.port.in.MarkInboxEntryReadUseCase;
import io.frontline.notification.application.port.in.ReadInboxQuery;
import io.frontline.notification.application.port.out.LoadInboxEntriesPort;
import io.frontline.notification.application.port.out.SaveInboxEntryPort;
import io.frontline.platform.domain.Actor;
import io.frontline.platform.domain.NotFound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.List;

/** A person's own in-app inbox. */
@ApplicationScoped
public class InboxService implements ReadInboxQuery, MarkInboxEntryReadUseCase {
    private final LoadInboxEntriesPort load;
    private final SaveInboxEntryPort save;
    private final Clock clock;

    @Inject
    public InboxService(LoadInboxEntriesPort load, SaveInboxEntryPort save, Clock clock) {
        this.load = load;
        this.save = save;
        this.clock = clock;
    }

    @Override
    @Transactional
    public List<InboxEntry> entries(Actor actor, boolean unreadOnly) {
        return load.entriesOf(actor.userId(), unreadOnly);
    }

    @Override
    @Transactional
    public long unreadCount(Actor actor) {
        return load.unreadCountOf(actor.userId());
    }

    @Override
    @Transactional
    public void markRead(MarkInboxEntryReadCommand command) {
        InboxEntry entry = load.load(command.entryId())
                .filter(e -> e.belongsTo(command.actor().userId()))
                // Another person's entry answers exactly like an unknown one.
                .orElseThrow(() -> new NotFound("inbox entry", command.entryId().toString()));
        entry.markRead(clock.instant());
        save.save(entry);
    }
}
