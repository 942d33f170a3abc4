package io.frontline.sanction.adapter.out.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** Table row of a measure; mapped to and from the domain's {@code Measure}, never exposed. */
@Entity
@Table(name = "measure")
class MeasureJpaEntity {
    @Id
    UUID id;
    @Version
    long version;
    String type;
    String status;
    @Column(name = "subject_key")
    String subjectKey;
    @Column(name = "employee_id")
    String employeeId;
    @Column(name = "site_id")
    String siteId;

    @Column(name = "contact_scope")
    String contactScope;
    @Column(name = "department_site_id")
    String departmentSiteId;
    @Column(name = "department_id")
    String departmentId;
    @Column(name = "contact_employee_id")
    String contactEmployeeId;
    @JdbcTypeCode(SqlTypes.ARRAY)
    String[] channels;
    @Column(name = "alternative_channel")
    String alternativeChannel;

    @Column(name = "entry_coverage")
    String entryCoverage;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "entry_site_ids")
    String[] entrySiteIds;
    @Column(name = "entry_region_id")
    String entryRegionId;

    @Column(name = "suspension_days")
    Integer suspensionDays;
    @Column(name = "fine_amount")
    BigDecimal fineAmount;
    @Column(name = "transfer_to_site_id")
    String transferToSiteId;
    @Column(name = "incident_confirmed_by")
    String incidentConfirmedBy;
    @Column(name = "suggestion_confirmed_by")
    String suggestionConfirmedBy;
    @Column(name = "procedure_decided_by")
    String procedureDecidedBy;
    @Column(name = "procedure_reference")
    String procedureReference;
    @Column(name = "advised_measure")
    String advisedMeasure;
    @Column(name = "follows_advice")
    Boolean followsAdvice;
    @Column(name = "departure_reason")
    String departureReason;

    String duration;
    @Column(name = "requested_start")
    Instant requestedStart;
    String rule;
    @Column(name = "rule_explanation")
    String ruleExplanation;
    @JdbcTypeCode(SqlTypes.JSON)
    String history;
    @Column(name = "incident_id")
    UUID incidentId;
    @Column(name = "police_report_recommended")
    boolean policeReportRecommended;
    @Column(name = "proposed_by")
    String proposedBy;
    @Column(name = "proposed_at")
    Instant proposedAt;

    @Column(name = "approved_by")
    String approvedBy;
    @Column(name = "approved_at")
    Instant approvedAt;
    @Column(name = "starts_at")
    Instant startsAt;
    Instant until;
    @Column(name = "ended_by")
    String endedBy;
    @Column(name = "ended_at")
    Instant endedAt;
    @Column(name = "end_reason")
    String endReason;
    @Column(name = "wrongly_imposed")
    boolean wronglyImposed;

    @Column(name = "objection_filed_by")
    String objectionFiledBy;
    @Column(name = "objection_filed_at")
    Instant objectionFiledAt;
    @Column(name = "objection_grounds")
    String objectionGrounds;
    @Column(name = "objection_decision_due")
    Instant objectionDecisionDue;
    @Column(name = "objection_outcome")
    String objectionOutcome;
    @Column(name = "objection_reason_code")
    String objectionReasonCode;
    @Column(name = "objection_decided_by")
    String objectionDecidedBy;
    @Column(name = "objection_decided_at")
    Instant objectionDecidedAt;
    @Column(name = "objection_decision_reason")
    String objectionDecisionReason;
}
