package io.frontline.incident.adapter.out.persistence.procedure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/** Table row of a counsellor note; consents and actions as JSON arrays. */
@Entity
@Table(name = "counsellor_note")
class CounsellorNoteJpaEntity {
    @Id
    UUID id;
    String counsellor;
    String reporter;
    @Column(name = "reporter_has_account")
    boolean reporterHasAccount;
    String text;
    @Column(name = "written_at")
    Instant writtenAt;
    String consents;
    String actions;
    @Version
    long version;
}
