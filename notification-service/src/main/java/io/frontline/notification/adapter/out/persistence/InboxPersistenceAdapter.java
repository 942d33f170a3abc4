package io.frontline.notification.adapter.out.persistence;

import io.frontline.notification.application.domain.model.InboxEntry;
import io.frontline.notification.application.port.out.LoadInboxEntriesPort;
import io.frontline.notification.application.port.out.SaveInboxEntryPort;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
class InboxPersistenceAdapter implements SaveInboxEntryPort, LoadInboxEntriesPort {
    @Inject
    Sql sql;

    private static final Sort NEWEST_FIRST = Sort.descending("createdAt", "id");

    @Inject
    InboxEntryRepository repository;

    @Override
    public void save(InboxEntry entry) {
        InboxEntryJpaEntity entity = repository.findByIdOptional(entry.id()).orElseGet(InboxEntryJpaEntity::new);
        entity.id = entry.id();
        entity.recipientId = entry.recipientId();
        entity.deliveryKey = entry.deliveryKey();
        entity.eventId = entry.eventId();
        entity.eventType = entry.eventType();
        entity.title = entry.title();
        entity.siteId = entry.siteId();
        entity.reference = entry.reference();
        entity.subjectId = entry.subjectId();
        entity.dueDate = entry.dueDate();
        entity.link = entry.link();
        entity.createdAt = entry.createdAt();
        entity.readAt = entry.readAt();
        if (!repository.isPersistent(entity)) {
            repository.persist(entity);
        }
    }

    @Override
    public Optional<InboxEntry> load(UUID entryId) {
        return repository.findByIdOptional(entryId).map(InboxPersistenceAdapter::toDomain);
    }

    @Override
    public List<InboxEntry> entriesOf(String recipientId, boolean unreadOnly) {
        String query = unreadOnly ? "recipientId = ?1 and readAt is null" : "recipientId = ?1";
        return repository.list(query, NEWEST_FIRST, recipientId).stream()
                .map(InboxPersistenceAdapter::toDomain).toList();
    }

    @Override
    public long unreadCountOf(String recipientId) {
        return repository.count("recipientId = ?1 and readAt is null", recipientId);
    }

    @Override
    public boolean hasEntry(String deliveryKey, String recipientId) {
        // Plain SQL (issue 15: asked per person of every routed event); one event never writes two entries for a person.
        return !sql.query("SELECT 1 FROM inbox_entry WHERE delivery_key = ? AND recipient_id = ? LIMIT 1", rs -> true,
                deliveryKey, recipientId).isEmpty();
    }

    private static InboxEntry toDomain(InboxEntryJpaEntity e) {
        return new InboxEntry(e.id, e.recipientId, e.deliveryKey, e.eventId, e.eventType, e.title, e.siteId,
                e.reference, e.subjectId, e.dueDate, e.link, e.createdAt, e.readAt);
    }
}
