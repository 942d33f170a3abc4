package io.frontline.sanction.adapter.out.persistence;

import io.frontline.platform.persistence.JdbcRows;
import io.frontline.sanction.application.domain.model.EntryBanTerms;
import io.frontline.sanction.application.domain.model.EntryCoverage;
import io.frontline.sanction.application.domain.model.WatchFlag;
import io.frontline.sanction.application.port.out.WatchFlagsPort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Set;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Watch flags by plain SQL; coverage as an entry ban's (sites, region, chain). */
@ApplicationScoped
class WatchFlagsPersistenceAdapter implements WatchFlagsPort {
    @Inject
    SanctionRows rows;

    @Override
    public void save(WatchFlag f) {
        rows.update("INSERT INTO watch_flag (id, subject_key, site_id, coverage, site_ids, region_id, note, starts_at, "
                        + "until, flagged_by, flagged_at, ended_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                        + "ON CONFLICT (id) DO UPDATE SET ended_at = EXCLUDED.ended_at",
                f.id(), f.subjectKey(), f.siteId(), f.coverage().coverage().name(),
                f.coverage().siteIds().stream().sorted().toArray(String[]::new), f.coverage().regionId(), f.note(),
                f.startsAt(), f.until(), f.flaggedBy(), f.flaggedAt(), f.endedAt());
    }

    @Override
    public Optional<WatchFlag> load(UUID flagId) {
        return rows.query("SELECT * FROM watch_flag WHERE id = ?", WatchFlagsPersistenceAdapter::flag, flagId)
                .stream().findFirst();
    }

    @Override
    public List<WatchFlag> openFlagsOf(String subjectKey) {
        return rows.query("SELECT * FROM watch_flag WHERE subject_key = ? AND ended_at IS NULL",
                WatchFlagsPersistenceAdapter::flag, subjectKey);
    }

    @Override
    public List<WatchFlag> openFlagsAt(Instant now) {
        return rows.query("SELECT * FROM watch_flag WHERE ended_at IS NULL AND until > ?",
                WatchFlagsPersistenceAdapter::flag, now);
    }

    @Override
    public List<WatchFlag> inForceAt(String siteId, String regionId, Instant now) {
        return rows.query("SELECT * FROM watch_flag WHERE ended_at IS NULL AND starts_at <= ? AND until > ? "
                        + "AND (coverage = 'CHAIN' OR (coverage = 'REGION' AND region_id = ?) "
                        + "OR (coverage = 'SITES' AND ? = ANY (site_ids))) ORDER BY until, id",
                WatchFlagsPersistenceAdapter::flag, now, now, regionId, siteId);
    }

    private static WatchFlag flag(ResultSet rs) throws SQLException {
        Array sites = rs.getArray("site_ids");
        EntryBanTerms coverage = new EntryBanTerms(EntryCoverage.valueOf(rs.getString("coverage")),
                sites == null ? Set.of() : Set.of((String[]) sites.getArray()), rs.getString("region_id"));
        return new WatchFlag(rs.getObject("id", UUID.class), rs.getString("subject_key"), rs.getString("site_id"),
                coverage, rs.getString("note"), JdbcRows.instant(rs, "starts_at"), JdbcRows.instant(rs, "until"),
                rs.getString("flagged_by"), JdbcRows.instant(rs, "flagged_at"), JdbcRows.instant(rs, "ended_at"));
    }
}
