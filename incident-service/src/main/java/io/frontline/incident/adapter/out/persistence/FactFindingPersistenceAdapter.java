package io.frontline.incident.adapter.out.persistence;

import io.frontline.incident.application.domain.model.AuditEntry;
import io.frontline.incident.application.domain.model.Evidence;
import io.frontline.incident.application.domain.model.EvidenceKind;
import io.frontline.incident.application.domain.model.Statement;
import io.frontline.incident.application.domain.model.StatementRole;
import io.frontline.incident.application.domain.model.StoredFile;
import io.frontline.incident.application.port.out.FactFindingPort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
class FactFindingPersistenceAdapter implements FactFindingPort {
    @Inject
    Sql sql;

    @Override
    public void save(Statement s) {
        sql.update("INSERT INTO incident_statement (id, incident_id, author_role, author, text, recorded_at) "
                + "VALUES (?, ?, ?, ?, ?, ?)", s.id(), s.incidentId(), s.authorRole().name(), s.author(), s.text(),
                s.recordedAt());
    }

    @Override
    public List<Statement> statementsOf(UUID incidentId) {
        return sql.query("SELECT * FROM incident_statement WHERE incident_id = ? ORDER BY recorded_at, id",
                rs -> new Statement(rs.getObject("id", UUID.class), rs.getObject("incident_id", UUID.class),
                        StatementRole.valueOf(rs.getString("author_role")), rs.getString("author"),
                        rs.getString("text"), Sql.instant(rs, "recorded_at")), incidentId);
    }

    @Override
    public void add(Evidence e) {
        sql.update("INSERT INTO incident_evidence (id, incident_id, kind, uri, sha256, captured_at, added_by, added_at, "
                        + "file_name, content_type, size_bytes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", e.id(),
                e.incidentId(), e.kind().name(), e.uri(), e.sha256(),
                e.capturedAt() == null ? null : java.sql.Timestamp.from(e.capturedAt()), e.addedBy(), e.addedAt(),
                e.stored() ? e.file().fileName() : null, e.stored() ? e.file().contentType() : null,
                e.stored() ? e.file().size() : null);
    }

    @Override
    public List<Evidence> evidenceOf(UUID incidentId) {
        return sql.query("SELECT * FROM incident_evidence WHERE incident_id = ? ORDER BY added_at, id",
                rs -> new Evidence(rs.getObject("id", UUID.class), rs.getObject("incident_id", UUID.class),
                        EvidenceKind.valueOf(rs.getString("kind")), rs.getString("uri"), rs.getString("sha256"),
                        Sql.instant(rs, "captured_at"), rs.getString("added_by"), Sql.instant(rs, "added_at"),
                        rs.getString("content_type") == null ? null : new StoredFile(rs.getString("file_name"),
                                rs.getString("content_type"), rs.getLong("size_bytes"))),
                incidentId);
    }

    @Override
    public void audit(AuditEntry entry) {
        sql.update("INSERT INTO incident_audit (incident_id, actor, action, at) VALUES (?, ?, ?, ?)",
                entry.incidentId(), entry.actor(), entry.action(), entry.at());
    }

    @Override
    public List<AuditEntry> auditTrailOf(UUID incidentId) {
        return sql.query("SELECT * FROM incident_audit WHERE incident_id = ? ORDER BY at, id",
                rs -> new AuditEntry(rs.getObject("incident_id", UUID.class), rs.getString("actor"),
                        rs.getString("action"), Sql.instant(rs, "at")), incidentId);
    }
}
