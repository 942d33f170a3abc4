package io.frontline.complaint.adapter.out.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Table row of a complaint; mapped to and from the domain's {@code Complaint}, never exposed. */
@Entity
@Table(name = "complaint")
class ComplaintJpaEntity {
    @Id
    UUID id;
    String reference;
    @Column(name = "site_id")
    String siteId;
    String channel;
    String category;
    String subject;
    String description;
    String language;
    String status;
    @Column(name = "received_at")
    Instant receivedAt;
    @Column(name = "response_due")
    LocalDate responseDue;
    @Column(name = "filed_by")
    String filedBy;
    @Column(name = "tracking_secret_hash")
    String trackingSecretHash;
    @Column(name = "term_started_at")
    Instant termStartedAt;
    @Column(name = "term_length_seconds")
    long termLengthSeconds;
    @Column(name = "term_paused_seconds")
    long termPausedSeconds;
    @Column(name = "term_paused_since")
    Instant termPausedSince;
    @Column(name = "term_zone")
    String termZone;
    @Column(name = "due_at")
    Instant dueAt;
    @Column(name = "notices_given")
    String noticesGiven;
    String assignee;
    @Column(name = "escalation_level")
    String escalationLevel;
    @Column(name = "demand_judgement")
    String demandJudgement;
    @Column(name = "manner_judgement")
    String mannerJudgement;
    @Column(name = "conduct_indicators")
    String conductIndicators;
    @Column(name = "conduct_reason")
    String conductReason;
    @Column(name = "conduct_assessed_by")
    String conductAssessedBy;
    @Column(name = "conduct_assessed_at")
    Instant conductAssessedAt;
    @Column(name = "conduct_approved_by")
    String conductApprovedBy;
    @Column(name = "proposed_demand_judgement")
    String proposedDemandJudgement;
    @Column(name = "proposed_manner_judgement")
    String proposedMannerJudgement;
    @Column(name = "proposed_conduct_indicators")
    String proposedConductIndicators;
    @Column(name = "proposed_conduct_reason")
    String proposedConductReason;
    @Column(name = "proposed_conduct_by")
    String proposedConductBy;
    @Column(name = "proposed_conduct_at")
    Instant proposedConductAt;
    @Column(name = "proposed_rejection_reason")
    String proposedRejectionReason;
    @Column(name = "proposed_rejection_by")
    String proposedRejectionBy;
    @Column(name = "proposed_rejection_at")
    Instant proposedRejectionAt;
    @Column(name = "complainant_subject_key")
    String complainantSubjectKey;
    @Column(name = "closed_at")
    Instant closedAt;
    @Column(name = "closed_within_term")
    Boolean closedWithinTerm;
    @Version
    long version;
}
