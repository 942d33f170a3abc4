package io.frontline.incident.adapter.out.persistence.procedure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/** Table row of a formal complaint; the case file is the JSON form of {@link StoredCaseFile}. */
@Entity
@Table(name = "formal_complaint")
class FormalComplaintJpaEntity {
    @Id
    UUID id;
    String reference;
    String complainant;
    String accused;
    String status;
    @Column(name = "received_at")
    Instant receivedAt;
    @Column(name = "terms_running")
    boolean termsRunning;
    @Column(name = "case_file")
    String caseFile;
    @Version
    long version;
}
