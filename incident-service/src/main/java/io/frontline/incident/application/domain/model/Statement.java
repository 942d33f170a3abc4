package io.frontline.incident.application.domain.model;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * What one person says happened, with the capacity they speak in, checked against who they are
 * ({@link Incident#checkStatementCapacity}). Confidential: only the site's manager,
 * HQ safety and the author read it (DESIGN.md, "Security and privacy").
 */
public record Statement(UUID id, UUID incidentId, StatementRole authorRole, String author, String text,
                        Instant recordedAt) {
    public Statement {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(incidentId, "incidentId");
        Objects.requireNonNull(authorRole, "authorRole");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(recordedAt, "recordedAt");
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a statement says something");
        }
    }
}
