package io.frontline.incident.adapter.out.persistence;

import io.frontline.incident.application.domain.model.procedure.NoteReadAttempt;
import io.frontline.incident.application.port.out.procedure.AuditNoteReadsPort;
import io.frontline.platform.persistence.JdbcRows;
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
    public List<NoteReadAttempt> all() {
        return sql.query("SELECT note_id, reader, attempted_at, granted FROM counsellor_note_read "
                        + "ORDER BY attempted_at DESC, id DESC",
                rs -> new NoteReadAttempt(rs.getObject("note_id", UUID.class), rs.getString("reader"),
                        JdbcRows.instant(rs, "attempted_at"), rs.getBoolean("granted")));
    }
}
