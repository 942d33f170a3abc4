package io.frontline.sanction.adapter.out.persistence;

import io.frontline.platform.persistence.JdbcRows;
import io.frontline.sanction.application.domain.model.BanNotice;
import io.frontline.sanction.application.domain.model.MissedObjectionTerm;
import io.frontline.sanction.application.port.out.BanNoticesPort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Ban notices and missed objection terms by plain SQL (V60__ban_notice.sql). */
@ApplicationScoped
class BanNoticesPersistenceAdapter implements BanNoticesPort {
    @Inject
    SanctionRows rows;

    @Override
    public void insert(BanNotice n) {
        rows.update("INSERT INTO ban_notice (measure_id, reference, subject_key, secret_hash, issued_at) "
                + "VALUES (?, ?, ?, ?, ?)", n.measureId(), n.reference(), n.subjectKey(), n.secretHash(), n.issuedAt());
    }

    @Override
    public Optional<BanNotice> byReference(String reference) {
        return rows.query("SELECT * FROM ban_notice WHERE reference = ?", BanNoticesPersistenceAdapter::notice,
                reference).stream().findFirst();
    }

    @Override
    public Optional<BanNotice> byMeasure(UUID measureId) {
        return rows.query("SELECT * FROM ban_notice WHERE measure_id = ?", BanNoticesPersistenceAdapter::notice,
                measureId).stream().findFirst();
    }

    @Override
    public boolean replaceSecret(String reference, String secretHash, Instant at) {
        return rows.update("UPDATE ban_notice SET secret_hash = ?, secret_issued_at = ? WHERE reference = ?",
                secretHash, at, reference) == 1;
    }

    @Override
    public List<UUID> undecidedObjectionsPastDue(Instant now, int limit) {
        return rows.query("SELECT m.id FROM measure m WHERE m.objection_filed_at IS NOT NULL "
                        + "AND m.objection_outcome IS NULL AND m.objection_decision_due <= ? "
                        + "AND NOT EXISTS (SELECT 1 FROM objection_term_missed t WHERE t.measure_id = m.id) "
                        + "ORDER BY m.objection_decision_due, m.id LIMIT ? FOR UPDATE OF m SKIP LOCKED",
                rs -> rs.getObject("id", UUID.class), now, limit);
    }

    @Override
    public boolean recordAnnounced(MissedObjectionTerm missed) {
        return rows.update("INSERT INTO objection_term_missed (measure_id, decision_due, expected_by, announced_at) "
                        + "VALUES (?, ?, ?, ?) ON CONFLICT (measure_id) DO NOTHING", missed.measureId(),
                missed.decisionDue(), missed.expectedBy(), missed.announcedAt()) == 1;
    }

    private static BanNotice notice(ResultSet rs) throws SQLException {
        return new BanNotice(rs.getObject("measure_id", UUID.class), rs.getString("reference"),
                rs.getString("subject_key"), rs.getString("secret_hash"), JdbcRows.instant(rs, "issued_at"));
    }
}
