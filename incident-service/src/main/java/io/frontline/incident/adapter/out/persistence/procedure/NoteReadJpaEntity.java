package io.frontline.incident.adapter.out.persistence.procedure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One audited attempt to read a counsellor note. */
@Entity
@Table(name = "counsellor_note_read")
class NoteReadJpaEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "note_id")
    UUID noteId;
    String reader;
    @Column(name = "attempted_at")
    Instant attemptedAt;
    boolean granted;
}
