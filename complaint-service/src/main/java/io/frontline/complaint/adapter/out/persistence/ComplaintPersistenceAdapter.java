package io.frontline.complaint.adapter.out.persistence;

import io.frontline.complaint.application.domain.model.Category;
import io.frontline.complaint.application.domain.model.Channel;
import io.frontline.complaint.application.domain.model.ComplainantContact;
import io.frontline.complaint.application.domain.model.Complaint;
import io.frontline.complaint.application.domain.model.ComplaintReference;
import io.frontline.complaint.application.domain.model.ComplaintStatistics;
import io.frontline.complaint.application.domain.model.ComplaintStatus;
import io.frontline.complaint.application.domain.model.ConductAssessment;
import io.frontline.complaint.application.domain.model.ConductIndicator;
import io.frontline.complaint.application.domain.model.RejectionProposal;
import io.frontline.complaint.application.domain.model.DemandJudgement;
import io.frontline.complaint.application.domain.model.EscalationLevel;
import io.frontline.complaint.application.domain.model.MannerJudgement;
import io.frontline.complaint.application.domain.model.ResponseTerm;
import io.frontline.complaint.application.domain.model.TermNotice;
import io.frontline.complaint.application.domain.model.TimelineEntry;
import io.frontline.complaint.application.port.out.ComplainantContactPort;
import io.frontline.complaint.application.port.out.LoadComplaintPort;
import io.frontline.complaint.application.port.out.NextReferenceNumberPort;
import io.frontline.complaint.application.port.out.SaveComplaintPort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
class ComplaintPersistenceAdapter implements SaveComplaintPort, LoadComplaintPort, NextReferenceNumberPort,
        ComplainantContactPort {
    private static final List<String> CLOSED = List.of(ComplaintStatus.RESOLVED.name(), ComplaintStatus.REJECTED.name());

    @Inject
    ComplaintRepository repository;

    @Inject
    TimelineRows timeline;

    @Inject
    ContactRepository contacts;

    @Override
    public void save(Complaint complaint) {
        write(repository.findByIdOptional(complaint.id()).orElseGet(ComplaintJpaEntity::new), complaint);
    }

    /** A complaint just filed is inserted without the lookup {@link #save} makes (a SELECT that finds nothing). */
    @Override
    public void saveNew(Complaint complaint) {
        write(new ComplaintJpaEntity(), complaint);
    }

    private void write(ComplaintJpaEntity entity, Complaint complaint) {
        entity.id = complaint.id();
        entity.reference = complaint.reference().value();
        entity.siteId = complaint.siteId();
        entity.channel = complaint.channel().name();
        entity.category = complaint.category().name();
        entity.subject = complaint.subject();
        entity.description = complaint.description();
        entity.language = complaint.language();
        entity.status = complaint.status().name();
        entity.receivedAt = complaint.receivedAt();
        entity.responseDue = complaint.responseDue();
        entity.filedBy = complaint.filedBy();
        entity.trackingSecretHash = complaint.trackingSecretHash();
        ResponseTerm term = complaint.term();
        entity.termStartedAt = term.startedAt();
        entity.termLengthSeconds = term.length().getSeconds();
        entity.termPausedSeconds = term.paused().getSeconds();
        entity.termPausedSince = term.pausedSince();
        entity.termZone = term.zone().getId();
        entity.dueAt = term.dueAt();
        entity.noticesGiven = complaint.noticesGiven().stream().map(Enum::name).sorted()
                .collect(Collectors.joining(","));
        entity.assignee = complaint.assignee();
        entity.escalationLevel = complaint.escalation() == null ? null : complaint.escalation().name();
        ConductAssessment conduct = complaint.conduct();
        if (conduct != null) {
            entity.demandJudgement = conduct.demand().name();
            entity.mannerJudgement = conduct.manner().name();
            entity.conductIndicators = conduct.indicators().stream().map(Enum::name).sorted()
                    .collect(Collectors.joining(","));
            entity.conductReason = conduct.reason();
            entity.conductAssessedBy = conduct.assessedBy();
            entity.conductAssessedAt = conduct.assessedAt();
            entity.conductApprovedBy = conduct.approvedBy();
        }
        ConductAssessment proposed = complaint.pendingReassessment().orElse(null);
        entity.proposedDemandJudgement = proposed == null ? null : proposed.demand().name();
        entity.proposedMannerJudgement = proposed == null ? null : proposed.manner().name();
        entity.proposedConductIndicators = proposed == null ? null : proposed.indicators().stream().map(Enum::name)
                .sorted().collect(Collectors.joining(","));
        entity.proposedConductReason = proposed == null ? null : proposed.reason();
        entity.proposedConductBy = proposed == null ? null : proposed.assessedBy();
        entity.proposedConductAt = proposed == null ? null : proposed.assessedAt();
        RejectionProposal rejection = complaint.pendingRejection().orElse(null);
        entity.proposedRejectionReason = rejection == null ? null : rejection.reason();
        entity.proposedRejectionBy = rejection == null ? null : rejection.proposedBy();
        entity.proposedRejectionAt = rejection == null ? null : rejection.proposedAt();
        entity.complainantSubjectKey = complaint.complainantSubjectKey();
        entity.closedAt = complaint.closedAt();
        entity.closedWithinTerm = complaint.closedWithinTerm();
        if (!repository.isPersistent(entity)) {
            repository.persist(entity);
        }
        repository.flush(); // the complaint's row first: its timeline rows refer to it
        timeline.append(complaint.id(), complaint.newTimelineEntries());
    }

    @Override
    public Optional<Complaint> load(UUID complaintId) {
        return repository.findByIdOptional(complaintId).map(this::toDomain);
    }

    @Override
    public Optional<Complaint> loadByReference(ComplaintReference reference) {
        return repository.find("reference", reference.value()).firstResultOptional().map(this::toDomain);
    }

    @Override
    public List<UUID> complaintsWithRunningTerm() {
        return repository.find("status not in ?1 and termPausedSince is null", CLOSED).stream()
                .map(e -> e.id).toList();
    }

    @Override
    public List<UUID> closedBefore(Instant cutoff) {
        return repository.find("closedAt is not null and closedAt < ?1 and status in ?2", cutoff, CLOSED).stream()
                .map(e -> e.id).toList();
    }

    @Override
    public List<ComplaintStatistics.Facts> factsReceivedBetween(Set<String> sites, Instant from, Instant toExclusive) {
        // the scope goes into the query's condition, never a filter afterwards
        var found = sites == null ? repository.find("receivedAt >= ?1 and receivedAt < ?2", from, toExclusive)
                : repository.find("siteId in ?1 and receivedAt >= ?2 and receivedAt < ?3", sites, from, toExclusive);
        return found.stream()
                .map(e -> new ComplaintStatistics.Facts(e.siteId, Channel.valueOf(e.channel),
                        Category.valueOf(e.category), e.receivedAt, ComplaintStatus.valueOf(e.status), e.closedAt,
                        e.closedWithinTerm, e.dueAt, e.termPausedSince))
                .toList();
    }

    @Override
    public long nextReferenceNumber() {
        return ((Number) repository.getEntityManager()
                .createNativeQuery("SELECT nextval('complaint_reference_seq')").getSingleResult()).longValue();
    }

    @Override
    public void store(UUID complaintId, ComplainantContact contact, String emailKey, String phoneKey) {
        ComplainantContactJpaEntity row = new ComplainantContactJpaEntity();
        row.complaintId = complaintId;
        row.name = contact.name();
        row.email = contact.email();
        row.phone = contact.phone();
        row.emailKey = emailKey;
        row.phoneKey = phoneKey;
        contacts.persist(row);
    }

    @Override
    public Optional<ComplainantContact> find(UUID complaintId) {
        return contacts.findByIdOptional(complaintId).map(c -> new ComplainantContact(c.name, c.email, c.phone));
    }

    @Override
    public List<UUID> complaintsOfSubject(String subjectKey) {
        return contacts.find("emailKey = ?1 or phoneKey = ?1", subjectKey).stream().map(c -> c.complaintId).toList();
    }

    @Override
    public Optional<String> emailKeyOf(UUID complaintId) {
        return contacts.findByIdOptional(complaintId).map(c -> c.emailKey);
    }

    @Override
    public boolean erase(UUID complaintId) {
        return contacts.deleteById(complaintId);
    }

    private Complaint toDomain(ComplaintJpaEntity e) {
        List<TimelineEntry> entries = timeline.of(e.id);
        ResponseTerm term = new ResponseTerm(e.termStartedAt, Duration.ofSeconds(e.termLengthSeconds),
                Duration.ofSeconds(e.termPausedSeconds), e.termPausedSince, ZoneId.of(e.termZone));
        Set<TermNotice> notices = names(e.noticesGiven).stream().map(TermNotice::valueOf).collect(Collectors.toSet());
        ConductAssessment conduct = e.demandJudgement == null ? null : new ConductAssessment(
                DemandJudgement.valueOf(e.demandJudgement), MannerJudgement.valueOf(e.mannerJudgement),
                names(e.conductIndicators).stream().map(ConductIndicator::valueOf).collect(Collectors.toSet()),
                e.conductReason, e.conductAssessedBy, e.conductAssessedAt, e.conductApprovedBy);
        ConductAssessment proposed = e.proposedDemandJudgement == null ? null : new ConductAssessment(
                DemandJudgement.valueOf(e.proposedDemandJudgement), MannerJudgement.valueOf(e.proposedMannerJudgement),
                names(e.proposedConductIndicators).stream().map(ConductIndicator::valueOf).collect(Collectors.toSet()),
                e.proposedConductReason, e.proposedConductBy, e.proposedConductAt);
        RejectionProposal rejection = e.proposedRejectionReason == null ? null
                : new RejectionProposal(e.proposedRejectionReason, e.proposedRejectionBy, e.proposedRejectionAt);
        return new Complaint(e.id, new ComplaintReference(e.reference), e.siteId, Channel.valueOf(e.channel),
                Category.valueOf(e.category), e.subject, e.description, e.language, e.receivedAt, e.filedBy,
                e.trackingSecretHash, ComplaintStatus.valueOf(e.status), term, notices, e.assignee,
                e.escalationLevel == null ? null : EscalationLevel.valueOf(e.escalationLevel), conduct, proposed,
                rejection, e.complainantSubjectKey, e.closedAt, e.closedWithinTerm, entries);
    }

    private static List<String> names(String joined) {
        return joined == null || joined.isBlank() ? List.of() : Arrays.asList(joined.split(","));
    }
}
