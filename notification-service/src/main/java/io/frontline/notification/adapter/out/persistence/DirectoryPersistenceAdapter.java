package io.frontline.notification.adapter.out.persistence;

import io.frontline.notification.application.domain.model.Directory;
import io.frontline.notification.application.domain.model.Language;
import io.frontline.notification.application.domain.model.QuietHours;
import io.frontline.notification.application.domain.model.Recipient;
import io.frontline.notification.application.port.out.LoadDirectoryPort;
import io.frontline.notification.application.port.out.SaveRecipientsPort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;

@ApplicationScoped
class DirectoryPersistenceAdapter implements LoadDirectoryPort, SaveRecipientsPort {
    @Inject
    RecipientRepository repository;

    @Inject
    Clock clock;

    @Inject
    Sql sql;

    @Override
    public Directory loadDirectory() {
        // Only active people: a deactivated person is neither routed to nor sent anything (issue 14). Plain SQL: read
        // for every routed event (issue 15); the directory is never changed in a transaction that routes or sends.
        return new Directory(sql.query("SELECT id, name, email, language, time_zone, roles, sites, regions, webhook_url, "
                + "quiet_start, quiet_end, mobile FROM recipient WHERE active ORDER BY id", rs -> new Recipient(
                rs.getString("id"), rs.getString("name"), rs.getString("email"), Language.valueOf(rs.getString("language")),
                ZoneId.of(rs.getString("time_zone")), strings(rs, "roles"), strings(rs, "sites"), strings(rs, "regions"),
                rs.getString("webhook_url"), quietHours(rs), rs.getString("mobile"))));
    }

    private static Set<String> strings(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
        java.sql.Array array = rs.getArray(column);
        return array == null ? Set.of() : Set.of((String[]) array.getArray());
    }

    private static QuietHours quietHours(java.sql.ResultSet rs) throws java.sql.SQLException {
        java.time.LocalTime start = rs.getObject("quiet_start", java.time.LocalTime.class);
        java.time.LocalTime end = rs.getObject("quiet_end", java.time.LocalTime.class);
        return start == null || end == null ? null : new QuietHours(start, end);
    }

    @Override
    public void saveRecipients(Collection<Recipient> recipients) {
        for (Recipient recipient : recipients) {
            RecipientJpaEntity entity = repository.findByIdOptional(recipient.id()).orElseGet(RecipientJpaEntity::new);
            entity.id = recipient.id();
            entity.name = recipient.name();
            entity.email = recipient.email();
            entity.language = recipient.language().name();
            entity.timeZone = recipient.timeZone().getId();
            entity.roles = sorted(recipient.roles());
            entity.sites = sorted(recipient.sites());
            entity.regions = sorted(recipient.regions());
            entity.webhookUrl = recipient.webhookUrl();
            entity.mobile = recipient.mobile();
            entity.quietStart = recipient.quiet().map(QuietHours::start).orElse(null);
            entity.quietEnd = recipient.quiet().map(QuietHours::end).orElse(null);
            entity.updatedAt = clock.instant();
            if (!repository.isPersistent(entity)) {
                repository.persist(entity);
            }
        }
    }

    @Override
    public Optional<Recipient> person(String id) {
        return repository.findByIdOptional(id).filter(e -> e.active).map(DirectoryPersistenceAdapter::toDomain);
    }

    @Override
    public Optional<Recipient> find(String id) {
        return repository.findByIdOptional(id).map(DirectoryPersistenceAdapter::toDomain);
    }

    private static String[] sorted(Set<String> values) {
        return values.stream().sorted().toArray(String[]::new);
    }

    static Recipient toDomain(RecipientJpaEntity e) {
        return new Recipient(e.id, e.name, e.email,
                Language.valueOf(e.language),
                ZoneId.of(e.timeZone), Set.of(e.roles), Set.of(e.sites), Set.of(e.regions), e.webhookUrl,
                e.quietStart == null || e.quietEnd == null ? null : new QuietHours(e.quietStart, e.quietEnd), e.mobile);
    }
}
