package io.frontline.incident.adapter.out.persistence;

import io.frontline.incident.application.domain.model.PatternDetected;
import io.frontline.incident.application.port.out.PatternLogPort;
import io.frontline.platform.domain.SubjectKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.Optional;

@ApplicationScoped
class PatternLogPersistenceAdapter implements PatternLogPort {
    @Inject
    Sql sql;

    @Override
    public Optional<Instant> lastDetectedAt(SubjectKey subject) {
        // A transaction-scoped advisory lock serialises two reports of the same subject arriving at once.
        sql.query("SELECT pg_advisory_xact_lock(hashtext(?))", rs -> 1, "pattern:" + subject.value());
        return sql.query("SELECT last_detected_at FROM subject_pattern WHERE subject_key = ?",
                rs -> Sql.instant(rs, "last_detected_at"), subject.value()).stream().findFirst();
    }

    @Override
    public void record(PatternDetected pattern) {
        sql.update("INSERT INTO subject_pattern (subject_key, last_detected_at) VALUES (?, ?) "
                        + "ON CONFLICT (subject_key) DO UPDATE SET last_detected_at = EXCLUDED.last_detected_at",
                pattern.subjectKey().value(), pattern.occurredAt());
    }
}
