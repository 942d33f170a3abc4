package io.frontline.incident.adapter.out.persistence;

import io.frontline.incident.application.domain.model.procedure.NoteReadAttempt;
import io.frontline.incident.application.port.out.procedure.AuditNoteReadsPort;
import io.frontline.platform.persistence.JdbcRows;
import io.frontline.platform.persistence.JdbcRows.Row;
import io.frontline.platform.query.Cursor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.UUID;

/** Every attempt to read a counsellor note, granted or refused: audit lines, only ever appended. */
@ApplicationScoped
class NoteReadAuditAdapter implements AuditNoteReadsPort {
    @Inject
    Sql sql;

    /** In a transaction of its own: a refused read rolls the caller back, its audit line must stay. */
    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(NoteReadAttempt attempt) {
        sql.update("INSERT INTO counsellor_note_read (note_id, reader, attempted_at, granted) VALUES (?, ?, ?, ?)",
                attempt.noteId(), attempt.reader(), attempt.attemptedAt(), attempt.granted());
    }

    @Override
    public List<Line> newestFirst(Cursor after, int rows) {
        String select = "SELECT id, note_id, reader, attempted_at, granted FROM counsellor_note_read ";
        String order = " ORDER BY attempted_at DESC, id DESC LIMIT ?";
        Row<Line> line = rs -> new Line(rs.getLong("id"), new NoteReadAttempt(rs.getObject("note_id", UUID.class),
                rs.getString("reader"), JdbcRows.instant(rs, "attempted_at"), rs.getBoolean("granted")));
        return after == null
                ? sql.query(select + order, line, rows)
                : sql.query(select + "WHERE (attempted_at, id) < (?, ?)" + order, line,
                        java.time.Instant.parse(after.key(0)), Long.parseLong(after.key(1)), rows);
    }
}
