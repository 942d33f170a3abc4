package io.frontline.sanction.adapter.out.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.UUID;

/** Table row of a confirmed incident; mapped to and from the domain's {@code ConfirmedIncident}. */
@Entity
@Table(name = "confirmed_incident")
class ConfirmedIncidentJpaEntity {
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
    @Column(name = "police_report_recommended")
    boolean policeReportRecommended;
    @Column(name = "occurred_at")
    Instant occurredAt;
    @Column(name = "confirmed_at")
    Instant confirmedAt;
}
