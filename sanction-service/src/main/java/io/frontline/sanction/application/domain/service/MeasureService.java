package io.frontline.sanction.application.domain.service;

import io.frontline.platform.audit.ConfidentialReads;
import io.frontline.platform.domain.AccessDenied;
import io.frontline.platform.domain.Actor;
import io.frontline.platform.domain.ConfidentialRead;
import io.frontline.platform.domain.NotFound;
import io.frontline.platform.domain.Organisation;
import io.frontline.platform.domain.RuleViolation;
import io.frontline.platform.domain.Site;
import io.frontline.platform.domain.SiteType;
import io.frontline.platform.domain.SubjectKey;
import io.frontline.sanction.application.domain.model.ApprovalCheck;
import io.frontline.sanction.application.domain.model.BanLadder;
import io.frontline.sanction.application.domain.model.BanTerms;
import io.frontline.sanction.application.domain.model.ConfirmedIncident;
import io.frontline.sanction.application.domain.model.ContactBanTerms;
import io.frontline.sanction.application.domain.model.ContactScope;
import io.frontline.sanction.application.domain.model.EarlierDecision;
import io.frontline.sanction.application.domain.model.EntryBanTerms;
import io.frontline.sanction.application.domain.model.EntryCoverage;
import io.frontline.sanction.application.domain.model.HistoryItem;
import io.frontline.sanction.application.domain.model.LadderProposal;
import io.frontline.sanction.application.domain.model.Measure;
import io.frontline.sanction.application.domain.model.MeasureEvent;
import io.frontline.sanction.application.domain.model.MeasureStatus;
import io.frontline.sanction.application.domain.model.ObjectionOutcome;
import io.frontline.sanction.application.domain.model.ObjectionReason;
import io.frontline.sanction.application.domain.model.ProposalBasis;
import io.frontline.sanction.application.domain.model.StaffSanctionDecision;
import io.frontline.sanction.application.domain.model.StaffTerms;
import io.frontline.sanction.application.port.in.AdvanceMeasuresUseCase;
import io.frontline.sanction.application.port.in.DecideMeasureUseCase;
import io.frontline.sanction.application.port.in.GetMeasureQuery;
import io.frontline.sanction.application.port.in.ObjectionUseCase;
import io.frontline.sanction.application.port.in.ProposeCustomerMeasureCommand;
import io.frontline.sanction.application.port.in.ProposeFromIncidentUseCase;
import io.frontline.sanction.application.port.in.ProposeMeasureUseCase;
import io.frontline.sanction.application.port.in.ProposeFromProcedureUseCase;
import io.frontline.sanction.application.port.out.BanChangesPort;
import io.frontline.sanction.application.port.out.ConfirmedIncidentsPort;
import io.frontline.sanction.application.port.out.LoadMeasurePort;
import io.frontline.sanction.application.port.out.PublishSanctionEventsPort;
import io.frontline.sanction.application.port.out.SaveMeasurePort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/** Proposing, deciding, advancing and reading measures; every step commits with its event. */
@ApplicationScoped
public class MeasureService implements ProposeMeasureUseCase, ProposeFromIncidentUseCase, ProposeFromProcedureUseCase,
        DecideMeasureUseCase,
        ObjectionUseCase, GetMeasureQuery, AdvanceMeasuresUseCase {
    /**
     * Who proposes on the ladder's behalf; no person, so the second pair of eyes is any eligible approver who did
     * not decide the incident's facts.
     */
    public static final String LADDER = "system:sanction-ladder";
    /** Who proposes a staff measure from the procedure's decision; its decider never approves it. */
    public static final String PROCEDURE = "system:internal-procedure";
    private static final int ADVANCE_BATCH = 200;

    private final LoadMeasurePort load;
    private final SaveMeasurePort save;
    private final ConfirmedIncidentsPort incidents;
    private final PublishSanctionEventsPort events;
    private final BanChangesPort banChanges;
    private final BanLadder ladder;
    private final Organisation organisation;
    private final MeasurePermissions permissions;
    private final ConfidentialReads reads;
    private final Clock clock;
    private BanNoticeService notices;

    @Inject
    public MeasureService(LoadMeasurePort load, SaveMeasurePort save, ConfirmedIncidentsPort incidents,
                          PublishSanctionEventsPort events, BanChangesPort banChanges, BanLadder ladder,
                          Organisation organisation, Clock clock, ConfidentialReads reads) {
        this.reads = reads;
        this.load = load;
        this.save = save;
        this.incidents = incidents;
        this.events = events;
        this.banChanges = banChanges;
        this.ladder = ladder;
        this.organisation = organisation;
        this.permissions = new MeasurePermissions(organisation);
        this.clock = clock;
    }

    @Override
    @Transactional
    public Measure propose(ProposeCustomerMeasureCommand command) {
        Site site = site(command.siteId());
        if (!permissions.mayPropose(command.actor(), command.type(), site.id())) {
            throw new AccessDenied("You cannot propose measures for site " + site.id());
        }
        validate(command.banTerms());
        Measure.Proposed proposed = Measure.propose(UUID.randomUUID(), command.type(), command.subjectKey(), null,
                site.id(), command.banTerms(), null, command.duration(), command.startsAt(),
                ProposalBasis.manual(command.reason().strip(), command.incidentId(), command.policeReportRecommended()),
                command.actor().userId(), clock.instant(), site.timeZone());
        return insert(proposed);
    }

    @Override
    @Transactional
    public Measure proposeFor(StaffSanctionDecision decision) {
        Site site = site(decision.siteId());
        StaffTerms terms = new StaffTerms(decision.suspensionDays(), decision.fineAmount(),
                decision.transferToSiteId(), decision.procedureReference(), decision.advisedMeasure(),
                decision.followsAdvice(), decision.departureReasons());
        List<EarlierDecision> earlier = decision.decidedBy() == null || decision.decidedBy().isBlank() ? List.of()
                : List.of(new EarlierDecision(EarlierDecision.Part.PROCEDURE_DECIDER, decision.decidedBy()));
        ProposalBasis basis = new ProposalBasis(ProposalBasis.PROCEDURE, "Decided in internal procedure "
                + decision.procedureReference() + (decision.followsAdvice() ? ", following the committee's advice"
                : ", departing from the committee's advice (" + decision.advisedMeasure() + ")"), List.of(), null,
                false);
        Measure.Proposed proposed = Measure.propose(UUID.randomUUID(), decision.type(), null, decision.employeeId(),
                site.id(), null, terms, null, null, basis, PROCEDURE, earlier, clock.instant(),
                site.timeZone());
        return insert(proposed);
    }

    @Override
    @Transactional
    public Optional<Measure> proposeFor(ConfirmedIncident incident) {
        if (!incidents.record(incident) || incident.perpetrator() == null) {
            return Optional.empty();
        }
        SubjectKey subject = incident.perpetrator();
        ZoneId siteZone = organisation.zoneOf(incident.siteId());
        Instant since = ladder.windowStart(incident.confirmedAt(), siteZone);
        List<ConfirmedIncident> earlierIncidents = incidents.ofSubjectSince(subject, since);
        List<Measure> earlierMeasures = load.ofSubjectSince(subject, since);
        boolean atCallCenter = organisation.findSite(incident.siteId())
                .map(s -> s.type() == SiteType.CALL_CENTER).orElse(false);
        LadderProposal proposal = ladder.propose(incident, atCallCenter, siteZone, earlierIncidents, earlierMeasures);
        Measure.Proposed proposed = Measure.propose(UUID.randomUUID(), proposal.type(), subject, null,
                incident.siteId(), proposal.terms(), null, proposal.duration(), null, proposal.basis(), LADDER,
                incident.earlierDecisions(), clock.instant(), siteZone);
        return Optional.of(insert(proposed));
    }

    @Override
    @Transactional
    public Measure approve(Actor actor, UUID measureId) {
        Measure approved = decideOn(actor, measureId, m -> {
            requireHeldProposalsDecidedFirst(m);
            return m.approve(actor.userId(), clock.instant());
        });
        if (notices != null) {
            notices.issueFor(approved);
        }
        return approved;
    }

    /** The customer's written notice of a ban is issued with its approval (issue 17). */
    @Inject
    void setNotices(BanNoticeService notices) {
        this.notices = notices;
    }

    @Override
    @Transactional
    public Measure reject(Actor actor, UUID measureId, String reason) {
        return decideOn(actor, measureId, m -> List.of(m.reject(actor.userId(), reason, clock.instant())));
    }

    @Override
    @Transactional
    public Measure lift(Actor actor, UUID measureId, String reason, boolean wronglyImposed) {
        return decideOn(actor, measureId, m -> List.of(m.lift(actor.userId(), reason, wronglyImposed,
                clock.instant())));
    }

    @Override
    @Transactional
    public Measure file(Actor actor, UUID measureId, String grounds) {
        Measure measure = visible(actor, measureId);
        return update(measure, List.of(measure.fileObjection(actor.userId(), grounds, clock.instant())));
    }

    @Override
    @Transactional
    public Measure decide(Actor actor, UUID measureId, ObjectionOutcome outcome, ObjectionReason reasonCode,
                          String reason, Instant newUntil) {
        return decideOn(actor, measureId, m -> m.decideObjection(actor.userId(), outcome, reasonCode, reason, newUntil,
                clock.instant()));
    }

    @Override
    @Transactional
    public int advanceDue() {
        Instant now = clock.instant();
        int changed = 0;
        for (Measure measure : load.dueToAdvance(now, ADVANCE_BATCH)) {
            List<MeasureEvent> steps = measure.advance(now);
            if (!steps.isEmpty()) {
                update(measure, steps);
                changed++;
            }
        }
        return changed;
    }

    @Override
    @Transactional
    public Measure get(Actor actor, UUID measureId) {
        Optional<Measure> found = load.load(measureId);
        boolean staff = found.map(m -> m.type().isStaffMeasure()).orElse(false);
        Optional<Measure> shown = found.filter(m -> permissions.maySee(actor, m));
        if (staff) {
            // A staff measure is confidential (seed 004): every read is in the trail, a refused one too.
            if (shown.isPresent()) {
                reads.granted(actor, ConfidentialRead.STAFF_MEASURE, measureId.toString());
            } else {
                reads.refused(actor, ConfidentialRead.STAFF_MEASURE, measureId.toString());
            }
        }
        return shown.orElseThrow(() -> new NotFound("measure", measureId.toString()));
    }

    @Override
    public ApprovalCheck approvalFor(Actor actor, Measure measure) {
        if (measure.status() != MeasureStatus.PROPOSED) {
            return ApprovalCheck.refused(ApprovalCheck.NOT_PROPOSED);
        }
        if (!permissions.mayDecide(actor, measure)) {
            return ApprovalCheck.refused(ApprovalCheck.NOT_ENTITLED);
        }
        return measure.fourEyesRefusal(actor.userId()).map(ApprovalCheck::refused).orElse(ApprovalCheck.allowedCheck());
    }

    @Override
    public ApprovalCheck objectionDecisionFor(Actor actor, Measure measure) {
        if (measure.objection().map(o -> o.isDecided()).orElse(true)) {
            return ApprovalCheck.refused(ApprovalCheck.NO_PENDING_OBJECTION);
        }
        if (!permissions.mayDecide(actor, measure)) {
            return ApprovalCheck.refused(ApprovalCheck.NOT_ENTITLED);
        }
        return measure.objectionDeciderRefusal(actor.userId()).map(ApprovalCheck::refused)
                .orElse(ApprovalCheck.allowedCheck());
    }

    @Override
    @Transactional
    public List<Measure> list(Actor actor, SubjectKey subjectKey, MeasureStatus status, int limit) {
        // Scope is applied after loading; a manager's page can be shorter than the limit, never wider than their sites.
        return load.newestFirst(subjectKey, status, limit).stream().filter(m -> permissions.maySee(actor, m)).toList();
    }

    private Measure decideOn(Actor actor, UUID measureId, Function<Measure, List<MeasureEvent>> step) {
        Measure measure = visible(actor, measureId);
        if (!permissions.mayDecide(actor, measure)) {
            throw new AccessDenied(ApprovalCheck.NOT_ENTITLED, measure.type().isStaffMeasure()
                    ? "Staff measures are decided by HR or HQ safety"
                    : "Only HQ safety, or the site manager of the measure's site, decides on it");
        }
        return update(measure, step.apply(measure));
    }

    private Measure visible(Actor actor, UUID measureId) {
        return load.load(measureId).filter(m -> permissions.maySee(actor, m))
                .orElseThrow(() -> new NotFound("measure", measureId.toString()));
    }

    private Measure insert(Measure.Proposed proposed) {
        save.insert(proposed.measure());
        events.publish(proposed.measure(), proposed.event());
        return proposed.measure();
    }

    private Measure update(Measure measure, List<MeasureEvent> steps) {
        Measure stored = save.update(measure);
        steps.forEach(step -> events.publish(stored, step));
        if (stored.type().isBan()) {
            banChanges.announce(stored);
        }
        return stored;
    }

    /**
     * A proposal the ladder held beside another one still pending for the same person is approved only after
     * that one is decided: whoever decides sees the two side by side and decides the first first.
     */
    private void requireHeldProposalsDecidedFirst(Measure measure) {
        if (!BanLadder.HELD_BESIDE_PENDING.equals(measure.basis().rule())) {
            return;
        }
        for (HistoryItem item : measure.basis().history()) {
            if (!HistoryItem.MEASURE.equals(item.kind())) {
                continue;
            }
            boolean pending = load.load(UUID.fromString(item.id()))
                    .map(m -> m.status() == MeasureStatus.PROPOSED).orElse(false);
            if (pending) {
                throw new RuleViolation("measure", "This proposal was held beside proposal " + item.id()
                        + " for the same person, which awaits its decision: decide that one first");
            }
        }
    }

    @Override
    @Transactional
    public List<Measure> pendingBeside(Actor actor, UUID measureId) {
        Measure measure = visible(actor, measureId);
        if (measure.subjectKey().isEmpty()) {
            return List.of();
        }
        return load.newestFirst(measure.subjectKey().get(), MeasureStatus.PROPOSED, 50).stream()
                .filter(m -> !m.id().equals(measureId)).filter(m -> permissions.maySee(actor, m)).toList();
    }

    private Site site(String siteId) {
        return organisation.requestedSite(siteId);
    }

    /** Terms must name the organisation's sites, regions and departments. */
    private void validate(BanTerms terms) {
        if (terms instanceof EntryBanTerms entry) {
            if (entry.coverage() == EntryCoverage.SITES) {
                entry.siteIds().forEach(this::site);
            } else if (entry.coverage() == EntryCoverage.REGION && organisation.findRegion(entry.regionId()).isEmpty()) {
                throw new RuleViolation("entry.regionId", "Unknown region " + entry.regionId());
            }
        } else if (terms instanceof ContactBanTerms contact && contact.scope() == ContactScope.DEPARTMENT
                && site(contact.departmentSiteId()).department(contact.departmentId()).isEmpty()) {
            throw new RuleViolation("contact.departmentId", "Site " + contact.departmentSiteId()
                    + " has no department " + contact.departmentId());
        }
    }
}
