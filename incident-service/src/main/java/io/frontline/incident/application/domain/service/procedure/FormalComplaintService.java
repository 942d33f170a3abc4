package io.frontline.incident.application.domain.service.procedure;

import io.frontline.incident.application.domain.model.procedure.CommitteeReport;
import io.frontline.incident.application.domain.model.procedure.ComplaintFiled;
import io.frontline.incident.application.domain.model.procedure.CounsellorNote;
import io.frontline.incident.application.domain.model.procedure.CounsellorPurpose;
import io.frontline.incident.application.domain.model.procedure.DecisionTaken;
import io.frontline.incident.application.domain.model.procedure.FormalComplaint;
import io.frontline.incident.application.domain.model.procedure.Hearing;
import io.frontline.incident.application.domain.model.procedure.HearingHeld;
import io.frontline.incident.application.domain.model.procedure.ManagementDecision;
import io.frontline.incident.application.domain.model.procedure.Objection;
import io.frontline.incident.application.domain.model.procedure.ObjectionAnswered;
import io.frontline.incident.application.domain.model.procedure.ObjectionFiled;
import io.frontline.incident.application.domain.model.procedure.PartySide;
import io.frontline.incident.application.domain.model.procedure.PositionStatement;
import io.frontline.incident.application.domain.model.procedure.ReportIssued;
import io.frontline.incident.application.port.in.procedure.AnswerObjectionCommand;
import io.frontline.incident.application.port.in.procedure.AnswerObjectionUseCase;
import io.frontline.incident.application.port.in.procedure.AppointAdviserCommand;
import io.frontline.incident.application.port.in.procedure.AppointAdviserUseCase;
import io.frontline.incident.application.port.in.procedure.Audience;
import io.frontline.incident.application.port.in.procedure.CastVoteCommand;
import io.frontline.incident.application.port.in.procedure.CastVoteUseCase;
import io.frontline.incident.application.port.in.procedure.EngageExpertCommand;
import io.frontline.incident.application.port.in.procedure.EngageExpertUseCase;
import io.frontline.incident.application.port.in.procedure.FileFormalComplaintCommand;
import io.frontline.incident.application.port.in.procedure.FileFormalComplaintUseCase;
import io.frontline.incident.application.port.in.procedure.FileObjectionCommand;
import io.frontline.incident.application.port.in.procedure.FileObjectionUseCase;
import io.frontline.incident.application.port.in.procedure.FormalComplaintView;
import io.frontline.incident.application.port.in.procedure.GetFormalComplaintQuery;
import io.frontline.incident.application.port.in.procedure.HoldHearingCommand;
import io.frontline.incident.application.port.in.procedure.HoldHearingUseCase;
import io.frontline.incident.application.port.in.procedure.IssueReportCommand;
import io.frontline.incident.application.port.in.procedure.IssueReportUseCase;
import io.frontline.incident.application.port.in.procedure.RequestInterimMeasureCommand;
import io.frontline.incident.application.port.in.procedure.RequestInterimMeasureUseCase;
import io.frontline.incident.application.port.in.procedure.SubmitPositionCommand;
import io.frontline.incident.application.port.in.procedure.SubmitPositionUseCase;
import io.frontline.incident.application.port.in.procedure.TakeDecisionCommand;
import io.frontline.incident.application.port.in.procedure.TakeDecisionUseCase;
import io.frontline.platform.audit.ConfidentialReads;
import io.frontline.incident.application.port.out.procedure.LoadCommitteePort;
import io.frontline.incident.application.port.out.procedure.LoadCounsellorNotePort;
import io.frontline.incident.application.port.out.procedure.LoadFormalComplaintPort;
import io.frontline.incident.application.port.out.procedure.NextProcedureReferencePort;
import io.frontline.incident.application.port.out.procedure.PublishProcedureEventsPort;
import io.frontline.incident.application.port.out.procedure.SaveCounsellorNotePort;
import io.frontline.incident.application.port.out.procedure.SaveFormalComplaintPort;
import io.frontline.platform.domain.AccessDenied;
import io.frontline.platform.domain.Actor;
import io.frontline.platform.domain.ConfidentialRead;
import io.frontline.platform.domain.NotFound;
import io.frontline.platform.domain.Organisation;
import io.frontline.platform.domain.Roles;
import io.frontline.platform.domain.RuleViolation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The formal complaint procedure of seed 004, from filing to the answer on an objection. "Management" is the
 * role {@code hr}: HR takes decisions and answers objections on management's behalf.
 */
@ApplicationScoped
public class FormalComplaintService implements FileFormalComplaintUseCase, HoldHearingUseCase,
        RequestInterimMeasureUseCase, CastVoteUseCase, IssueReportUseCase, TakeDecisionUseCase, FileObjectionUseCase,
        AnswerObjectionUseCase, SubmitPositionUseCase, AppointAdviserUseCase, EngageExpertUseCase,
        GetFormalComplaintQuery {
    private final LoadFormalComplaintPort load;
    private final SaveFormalComplaintPort save;
    private final NextProcedureReferencePort references;
    private final PublishProcedureEventsPort events;
    private final LoadCommitteePort committee;
    private final LoadCounsellorNotePort notes;
    private final SaveCounsellorNotePort saveNote;
    private final Organisation organisation;
    private final Clock clock;
    private final ConfidentialReads reads;

    @Inject
    public FormalComplaintService(LoadFormalComplaintPort load, SaveFormalComplaintPort save,
                                  NextProcedureReferencePort references, PublishProcedureEventsPort events,
                                  LoadCommitteePort committee, LoadCounsellorNotePort notes,
                                  SaveCounsellorNotePort saveNote, Organisation organisation, Clock clock,
                                  ConfidentialReads reads) {
        this.reads = reads;
        this.load = load;
        this.save = save;
        this.references = references;
        this.events = events;
        this.committee = committee;
        this.notes = notes;
        this.saveNote = saveNote;
        this.organisation = organisation;
        this.clock = clock;
    }

    @Override
    @Transactional
    public FormalComplaint file(FileFormalComplaintCommand command) {
        Actor actor = command.actor();
        Instant now = clock.instant();
        String complainant = command.complainant() == null ? null : command.complainant().strip();
        if (command.counsellorNoteId() != null) {
            // A counsellor files on the reporter's behalf only with their recorded consent.
            CounsellorNote note = notes.load(command.counsellorNoteId())
                    .filter(n -> n.readableBy(actor.userId(), actor.hasRole(Roles.COUNSELLOR)))
                    .orElseThrow(() -> new NotFound("counsellor note", command.counsellorNoteId().toString()));
            if (complainant == null || complainant.isBlank()) {
                complainant = note.reporter().orElse(null);
            } else if (!note.reporter().map(complainant::equals).orElse(false)) {
                throw new AccessDenied("The complainant must be the reporter of the counsellor's note");
            }
            note.act(CounsellorPurpose.FORMAL_COMPLAINT, "formal complaint filed with the committee", now);
            saveNote.save(note);
        } else if (complainant != null && !complainant.isBlank() && !complainant.equals(actor.userId())) {
            throw new AccessDenied("A formal complaint is filed by the complainant, or by their counsellor");
        }
        String reference = String.format("UB-%d-%06d", now.atZone(organisation.timeZone()).getYear(),
                references.nextProcedureReferenceNumber());
        ComplaintFiled filed = FormalComplaint.file(UUID.randomUUID(), reference, complainant, command.accused(),
                command.complaint(), actor.userId(), committee.committee(), now, organisation.timeZone());
        save.save(filed.complaint());
        events.publish(filed);
        return filed.complaint();
    }

    @Override
    @Transactional
    public Hearing hold(HoldHearingCommand command) {
        FormalComplaint complaint = forCommittee(command.actor(), command.complaintId());
        HearingHeld held = complaint.holdHearing(command.actor().userId(), command.heard(), command.record(),
                command.acknowledgements(), clock.instant());
        save.save(complaint);
        events.publish(held);
        return held.hearing();
    }

    @Override
    @Transactional
    public void request(RequestInterimMeasureCommand command) {
        FormalComplaint complaint = forCommittee(command.actor(), command.complaintId());
        var requested = complaint.requestInterimMeasure(command.actor().userId(), command.measure(), command.reason(),
                clock.instant());
        save.save(complaint);
        events.publish(requested);
    }

    @Override
    @Transactional
    public void cast(CastVoteCommand command) {
        FormalComplaint complaint = forCommittee(command.actor(), command.complaintId());
        complaint.castVote(command.actor().userId(), command.finding(), clock.instant());
        save.save(complaint);
    }

    @Override
    @Transactional
    public CommitteeReport issue(IssueReportCommand command) {
        FormalComplaint complaint = forCommittee(command.actor(), command.complaintId());
        ReportIssued issued = complaint.issueReport(command.actor().userId(), command.affected(), command.finding(),
                command.caseAdvice(), command.generalAdvice(), clock.instant());
        save.save(complaint);
        events.publish(issued);
        return complaint.report().orElseThrow();
    }

    @Override
    @Transactional
    public ManagementDecision decide(TakeDecisionCommand command) {
        FormalComplaint complaint = forManagement(command.actor(), command.complaintId());
        for (String site : new String[] {command.siteId(), command.transferToSiteId()}) {
            if (site != null && !site.isBlank() && organisation.findSite(site.strip()).isEmpty()) {
                throw new RuleViolation("site", "Unknown site " + site.strip());
            }
        }
        DecisionTaken taken = complaint.takeDecision(command.actor().userId(), command.sanction(), command.measures(),
                command.reasons(), command.siteId(), command.transferToSiteId(), clock.instant());
        save.save(complaint);
        events.publish(taken);
        return complaint.decision().orElseThrow();
    }

    @Override
    @Transactional
    public Objection object(FileObjectionCommand command) {
        FormalComplaint complaint = forParty(command.actor(), command.complaintId());
        ObjectionFiled filed = complaint.fileObjection(command.actor().userId(), command.reasons(), clock.instant());
        save.save(complaint);
        events.publish(filed);
        return filed.objection();
    }

    @Override
    @Transactional
    public Objection answer(AnswerObjectionCommand command) {
        FormalComplaint complaint = forManagement(command.actor(), command.complaintId());
        ObjectionAnswered answered = complaint.answerObjection(command.actor().userId(), command.objectionId(),
                command.answer(), clock.instant());
        save.save(complaint);
        events.publish(answered);
        return answered.objection();
    }

    @Override
    @Transactional
    public PositionStatement submit(SubmitPositionCommand command) {
        FormalComplaint complaint = forParty(command.actor(), command.complaintId());
        PositionStatement statement = complaint.submitPosition(command.actor().userId(), command.text(),
                command.inReplyTo(), clock.instant());
        save.save(complaint);
        return statement;
    }

    @Override
    @Transactional
    public void appoint(AppointAdviserCommand command) {
        FormalComplaint complaint = forParty(command.actor(), command.complaintId());
        complaint.appointAdviser(command.actor().userId(), command.name(), clock.instant());
        save.save(complaint);
    }

    @Override
    @Transactional
    public void engage(EngageExpertCommand command) {
        FormalComplaint complaint = forCommittee(command.actor(), command.complaintId());
        complaint.engageExpert(command.actor().userId(), command.expertise(), clock.instant());
        save.save(complaint);
    }

    @Override
    @Transactional
    public FormalComplaintView get(Actor actor, UUID complaintId) {
        FormalComplaint c = reads.guarded(actor, ConfidentialRead.FORMAL_COMPLAINT_CASE_FILE, complaintId.toString(),
                () -> load.load(complaintId).orElseThrow(() -> notFound(complaintId)));
        Audience audience = reads.guarded(actor, ConfidentialRead.FORMAL_COMPLAINT_CASE_FILE, complaintId.toString(),
                () -> audienceOf(actor, c).orElseThrow(() -> notFound(complaintId)));
        reads.granted(actor, ConfidentialRead.FORMAL_COMPLAINT_CASE_FILE, complaintId.toString());
        boolean party = audience == Audience.COMPLAINANT || audience == Audience.ACCUSED;
        List<Hearing> hearings = party
                ? c.hearings().stream().filter(h -> h.heard().contains(actor.userId())).toList()
                : c.hearings();
        return new FormalComplaintView(audience, c.id(), c.reference(), c.status(), c.complainant(), c.accused(),
                c.complaint(), c.receivedAt(), c.hearingsDueAt(), c.reportDueAt(), c.decisionDueAt(),
                c.objectionDueAt(), hearings, c.positions(), c.advisers(), c.experts(), c.interimMeasures(),
                audience == Audience.COMMITTEE ? c.votes() : null, c.report().orElse(null),
                c.decision().orElse(null), c.objections(), c.terms());
    }

    /** Committee members of the complaint, management (hr), the two parties; nobody else. */
    private static Optional<Audience> audienceOf(Actor actor, FormalComplaint c) {
        if (actor.hasRole(Roles.COMMITTEE) && c.committee().isMember(actor.userId())) {
            return Optional.of(Audience.COMMITTEE);
        }
        Optional<PartySide> side = c.sideOf(actor.userId());
        if (side.isPresent()) {
            return Optional.of(side.get() == PartySide.COMPLAINANT ? Audience.COMPLAINANT : Audience.ACCUSED);
        }
        if (actor.hasRole(Roles.HR)) {
            return Optional.of(Audience.MANAGEMENT);
        }
        return Optional.empty();
    }

    private FormalComplaint forCommittee(Actor actor, UUID complaintId) {
        FormalComplaint c = load.load(complaintId).orElseThrow(() -> notFound(complaintId));
        if (!actor.hasRole(Roles.COMMITTEE) || !c.committee().isMember(actor.userId())) {
            throw notFound(complaintId);
        }
        return c;
    }

    private FormalComplaint forManagement(Actor actor, UUID complaintId) {
        FormalComplaint c = load.load(complaintId).orElseThrow(() -> notFound(complaintId));
        if (!actor.hasRole(Roles.HR) || c.sideOf(actor.userId()).isPresent()) {
            throw notFound(complaintId);
        }
        return c;
    }

    private FormalComplaint forParty(Actor actor, UUID complaintId) {
        FormalComplaint c = load.load(complaintId).orElseThrow(() -> notFound(complaintId));
        if (c.sideOf(actor.userId()).isEmpty()) {
            throw notFound(complaintId);
        }
        return c;
    }

    private static NotFound notFound(UUID complaintId) {
        return new NotFound("formal complaint", complaintId.toString());
    }
}
