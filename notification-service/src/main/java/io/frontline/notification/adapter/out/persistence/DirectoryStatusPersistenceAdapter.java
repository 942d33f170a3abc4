package io.frontline.notification.adapter.out.persistence;

import io.frontline.notification.application.domain.model.DirectoryEntry;
import io.frontline.notification.application.port.out.DirectoryStatusPort;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

@ApplicationScoped
class DirectoryStatusPersistenceAdapter implements DirectoryStatusPort {
    @Inject
    RecipientRepository repository;

    @Override
    public List<DirectoryEntry> entries(String search, Boolean active) {
        String like = "%" + search.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                .replace("_", "\\_") + "%";
        String query = "(lower(id) like :q escape '\\' or lower(name) like :q escape '\\' or lower(email) like :q escape '\\')";
        Parameters parameters = Parameters.with("q", like);
        if (active != null) {
            query += " and active = :active";
            parameters = parameters.and("active", active);
        }
        return repository.list(query, Sort.by("id"), parameters).stream().map(DirectoryStatusPersistenceAdapter::toEntry)
                .toList();
    }

    @Override
    public Optional<DirectoryEntry> entry(String id) {
        return repository.findByIdOptional(id).map(DirectoryStatusPersistenceAdapter::toEntry);
    }

    @Override
    public void deactivate(String id, Instant at, String by) {
        repository.findByIdOptional(id).ifPresent(e -> {
            e.active = false;
            e.deactivatedAt = at;
            e.deactivatedBy = by;
        });
    }

    @Override
    public void reactivate(String id) {
        repository.findByIdOptional(id).ifPresent(e -> {
            e.active = true;
            e.deactivatedAt = null;
            e.deactivatedBy = null;
        });
    }

    private static DirectoryEntry toEntry(RecipientJpaEntity e) {
        return new DirectoryEntry(DirectoryPersistenceAdapter.toDomain(e), e.active, e.deactivatedAt, e.deactivatedBy);
    }
}
