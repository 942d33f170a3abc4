package io.frontline.incident.adapter.out.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Table row of an incident; mapped to and from the domain's {@code Incident}, never exposed. */
@Entity
@Table(name = "incident")
class IncidentJpaEntity {
    @Id
    UUID id;
    String reference;
    @Column(name = "site_id")
    String siteId;
    @JdbcTypeCode(SqlTypes.ARRAY)
    String[] types;
    String description;
    @Column(name = "occurred_at")
    Instant occurredAt;
    @Column(name = "reported_at")
    Instant reportedAt;
    @Column(name = "reported_by")
    String reportedBy;
    @Column(name = "immediate_danger")
    boolean immediateDanger;
    @Column(name = "perpetrator_subject_key")
    String perpetratorSubjectKey;
    @Column(name = "perpetrator_description")
    String perpetratorDescription;
    String source;
    String status;
    String severity;
    @Column(name = "severity_rule")
    String severityRule;
    @Column(name = "severity_raised")
    boolean severityRaised;
    @JdbcTypeCode(SqlTypes.ARRAY)
    String[] victims;
    @JdbcTypeCode(SqlTypes.ARRAY)
    String[] witnesses;
    @Column(name = "complaint_reference")
    String complaintReference;
    @Column(name = "triaged_at")
    Instant triagedAt;
    @Column(name = "decided_at")
    Instant decidedAt;
    @Column(name = "decided_by")
    String decidedBy;
    String outcome;
    @Column(name = "no_other_source_reason")
    String noOtherSourceReason;
    @Column(name = "unfounded_reason")
    String unfoundedReason;
    @Column(name = "recurrence_prevention_note")
    String recurrencePreventionNote;
    @Column(name = "reopen_reason")
    String reopenReason;
    @Column(name = "closed_at")
    Instant closedAt;
    @Column(name = "police_station")
    String policeStation;
    @Column(name = "police_reference")
    String policeReference;
    @Column(name = "police_filed_on")
    LocalDate policeFiledOn;
    @Version
    long version;
}
