package io.frontline.sanction.adapter.out.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.UUID;

/** Table row of an incident signal; mapped to and from the domain's {@code IncidentSignal}, never exposed. */
@Entity
@Table(name = "incident_signal")
class IncidentSignalJpaEntity {
    @Id
    @Column(name = "incident_id")
    UUID incidentId;
    String reference;
    @Column(name = "site_id")
    String siteId;
    @JdbcTypeCode(SqlTypes.ARRAY)
    String[] types;
    String severity;
    @Column(name = "perpetrator_subject_key")
    String perpetratorSubjectKey;
    @Column(name = "occurred_at")
    Instant occurredAt;
    @Column(name = "received_at")
    Instant receivedAt;
}
