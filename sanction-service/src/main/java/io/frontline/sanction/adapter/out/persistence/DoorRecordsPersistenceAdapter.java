package io.frontline.sanction.adapter.out.persistence;

import io.frontline.platform.persistence.JdbcRows;
import io.frontline.sanction.application.domain.model.DoorPhoto;
import io.frontline.sanction.application.domain.model.DoorProfile;
import io.frontline.sanction.application.domain.model.DoorSighting;
import io.frontline.sanction.application.port.out.DoorRecordsPort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The door list's rows by plain SQL. Which entry bans a site's door list holds is decided in the query: in force
 * now (approved or active, started, not ended) and covering the site by its sites, its region or the chain.
 */
@ApplicationScoped
class DoorRecordsPersistenceAdapter implements DoorRecordsPort {
    /** Measures that ended by the cutoff (bound twice): their end came, or they were lifted or rejected then. */
    private static final String ENDED_BY = "((m.until IS NOT NULL AND m.until <= ?) "
            + "OR (m.status IN ('LIFTED', 'REJECTED') AND m.ended_at <= ?))";

    @Inject
    SanctionRows rows;

    @Override
    public void saveProfile(DoorProfile p) {
        rows.update("INSERT INTO door_profile (measure_id, description, height, build, hair, clothing, "
                        + "distinguishing_marks, updated_by, updated_at, cleared_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, NULL) "
                        + "ON CONFLICT (measure_id) DO UPDATE SET description = EXCLUDED.description, "
                        + "height = EXCLUDED.height, build = EXCLUDED.build, hair = EXCLUDED.hair, "
                        + "clothing = EXCLUDED.clothing, distinguishing_marks = EXCLUDED.distinguishing_marks, "
                        + "updated_by = EXCLUDED.updated_by, updated_at = EXCLUDED.updated_at, cleared_at = NULL",
                p.measureId(), p.description(), p.height(), p.build(), p.hair(), p.clothing(), p.distinguishingMarks(),
                p.updatedBy(), p.updatedAt());
    }

    @Override
    public Optional<DoorProfile> profileOf(UUID measureId) {
        return rows.query("SELECT * FROM door_profile WHERE measure_id = ? AND cleared_at IS NULL",
                rs -> new DoorProfile(rs.getObject("measure_id", UUID.class), rs.getString("description"),
                        rs.getString("height"), rs.getString("build"), rs.getString("hair"), rs.getString("clothing"),
                        rs.getString("distinguishing_marks"), rs.getString("updated_by"),
                        JdbcRows.instant(rs, "updated_at")), measureId).stream().findFirst();
    }

    @Override
    public void savePhoto(DoorPhoto p) {
        rows.update("INSERT INTO door_photo (id, measure_id, content_type, size_bytes, lawful_basis, uploaded_by, "
                        + "uploaded_at) VALUES (?, ?, ?, ?, ?, ?, ?)", p.id(), p.measureId(), p.contentType(), p.sizeBytes(),
                p.lawfulBasis(), p.uploadedBy(), p.uploadedAt());
    }

    @Override
    public Optional<DoorPhoto> photo(UUID photoId) {
        return rows.query("SELECT * FROM door_photo WHERE id = ? AND deleted_at IS NULL", DoorRecordsPersistenceAdapter::photo,
                photoId).stream().findFirst();
    }

    @Override
    public List<DoorPhoto> photosOf(UUID measureId) {
        return rows.query("SELECT * FROM door_photo WHERE measure_id = ? AND deleted_at IS NULL ORDER BY uploaded_at, id",
                DoorRecordsPersistenceAdapter::photo, measureId);
    }

    @Override
    public List<BanInForce> entryBansInForceAt(String siteId, String regionId, Instant now) {
        return rows.query("SELECT id, until FROM measure WHERE type = 'ENTRY_BAN' AND status IN ('APPROVED', 'ACTIVE') "
                        + "AND subject_key IS NOT NULL AND starts_at <= ? AND (until IS NULL OR until > ?) "
                        + "AND (entry_coverage = 'CHAIN' OR (entry_coverage = 'REGION' AND entry_region_id = ?) "
                        + "OR (entry_coverage = 'SITES' AND ? = ANY (entry_site_ids))) "
                        + "ORDER BY until NULLS LAST, id",
                rs -> new BanInForce(rs.getObject("id", UUID.class), JdbcRows.instant(rs, "until")), now, now,
                regionId, siteId);
    }

    @Override
    public List<DoorPhoto> photosOfMeasuresEndedBy(Instant cutoff, int limit) {
        return rows.query("SELECT p.* FROM door_photo p JOIN measure m ON m.id = p.measure_id "
                        + "WHERE p.deleted_at IS NULL AND " + ENDED_BY + " ORDER BY p.uploaded_at LIMIT ?",
                DoorRecordsPersistenceAdapter::photo, cutoff, cutoff, limit);
    }

    @Override
    public void markPhotoDeleted(UUID photoId, Instant at) {
        rows.update("UPDATE door_photo SET deleted_at = ? WHERE id = ?", at, photoId);
    }

    @Override
    public int clearProfilesOfMeasuresEndedBy(Instant cutoff, Instant at) {
        return rows.update("UPDATE door_profile d SET description = NULL, height = NULL, build = NULL, hair = NULL, "
                + "clothing = NULL, distinguishing_marks = NULL, cleared_at = ? FROM measure m "
                + "WHERE m.id = d.measure_id AND d.cleared_at IS NULL AND " + ENDED_BY, at, cutoff, cutoff);
    }

    @Override
    public void saveSighting(DoorSighting s) {
        rows.update("INSERT INTO door_sighting (id, measure_id, site_id, seen_by, seen_at, violation_id) "
                + "VALUES (?, ?, ?, ?, ?, ?)", s.id(), s.measureId(), s.siteId(), s.seenBy(), s.seenAt(), s.violationId());
    }

    @Override
    public List<DoorSighting> sightingsOf(UUID measureId) {
        return rows.query("SELECT * FROM door_sighting WHERE measure_id = ? ORDER BY seen_at DESC, id",
                rs -> new DoorSighting(rs.getObject("id", UUID.class), rs.getObject("measure_id", UUID.class),
                        rs.getString("site_id"), rs.getString("seen_by"), JdbcRows.instant(rs, "seen_at"),
                        rs.getObject("violation_id", UUID.class)), measureId);
    }

    @Override
    public void audit(String actor, String action, String siteId, UUID measureId, UUID photoId, UUID flagId,
                      Instant at) {
        rows.update("INSERT INTO door_audit (id, actor, action, site_id, measure_id, photo_id, flag_id, at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", UUID.randomUUID(), actor, action, siteId, measureId, photoId, flagId, at);
    }

    private static DoorPhoto photo(ResultSet rs) throws SQLException {
        return new DoorPhoto(rs.getObject("id", UUID.class), rs.getObject("measure_id", UUID.class),
                rs.getString("content_type"), rs.getLong("size_bytes"), rs.getString("lawful_basis"),
                rs.getString("uploaded_by"), JdbcRows.instant(rs, "uploaded_at"));
    }
}
