package io.frontline.incident.application.domain.model.procedure;

import io.frontline.platform.domain.AccessDenied;
import io.frontline.platform.domain.IllegalTransition;
import io.frontline.platform.domain.NotFound;
import io.frontline.platform.domain.ObjectionTerms;
import io.frontline.platform.domain.RuleViolation;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A formal complaint about unwanted behaviour between colleagues before the complaints committee (seed 004,
 * "Klachtenprocedure ongewenst gedrag"): filed in writing by a named complainant, investigated in closed
 * hearings, judged by majority in a written report, decided on by management, open to objection. Its terms
 * run from the day of receipt in the chain's calendar ({@link Term}, {@code zone}); each missed term is announced
 * once.
 */
public final class FormalComplaint {
    private final UUID id;
    private final String reference;
    private final String complainant;
    private final String accused;
    private final String complaint;
    private final String filedBy;
    private final Instant receivedAt;
    private final Committee committee;
    private ProcedureStatus status;
    private final List<Hearing> hearings;
    private final List<PositionStatement> positions;
    private final List<Adviser> advisers;
    private final List<ExpertEngagement> experts;
    private final List<InterimMeasureRequest> interimMeasures;
    private final List<CommitteeVote> votes;
    private CommitteeReport report;
    private ManagementDecision decision;
    private final List<Objection> objections;
    private final Set<String> announcedMissedTerms;
    private final ZoneId zone;

    /** Rebuilds a stored complaint; new complaints come from {@link #file}. */
    public FormalComplaint(UUID id, String reference, String complainant, String accused, String complaint,
                           String filedBy, Instant receivedAt, Committee committee, ProcedureStatus status,
                           List<Hearing> hearings, List<PositionStatement> positions, List<Adviser> advisers,
                           List<ExpertEngagement> experts, List<InterimMeasureRequest> interimMeasures,
                           List<CommitteeVote> votes, CommitteeReport report, ManagementDecision decision,
                           List<Objection> objections, Set<String> announcedMissedTerms, ZoneId zone) {
        this.id = Objects.requireNonNull(id);
        this.reference = Objects.requireNonNull(reference);
        this.complainant = complainant;
        this.accused = accused;
        this.complaint = complaint;
        this.filedBy = filedBy;
        this.receivedAt = Objects.requireNonNull(receivedAt);
        this.committee = Objects.requireNonNull(committee);
        this.status = Objects.requireNonNull(status);
        this.hearings = new ArrayList<>(hearings);
        this.positions = new ArrayList<>(positions);
        this.advisers = new ArrayList<>(advisers);
        this.experts = new ArrayList<>(experts);
        this.interimMeasures = new ArrayList<>(interimMeasures);
        this.votes = new ArrayList<>(votes);
        this.report = report;
        this.decision = decision;
        this.objections = new ArrayList<>(objections);
        this.announcedMissedTerms = new LinkedHashSet<>(announcedMissedTerms);
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /**
     * seed 004, Klachtenprocedure 1-2: a complaint is filed in writing with the committee; "Anonieme klachten
     * kunnen niet in behandeling worden genomen door de klachtencommissie".
     */
    public static ComplaintFiled file(UUID id, String reference, String complainant, String accused, String complaint,
                                      String filedBy, Committee committee, Instant receivedAt, ZoneId zone) {
        if (complainant == null || complainant.isBlank()) {
            throw new RuleViolation("complainant", "An anonymous complaint cannot be taken up by the committee: a formal "
                    + "complaint names its complainant. Anonymous reports can go to a confidential counsellor.");
        }
        if (accused == null || accused.isBlank()) {
            throw new RuleViolation("accused", "A formal complaint names the colleague it is about");
        }
        if (complainant.strip().equals(accused.strip())) {
            throw new RuleViolation("accused", "A complainant cannot complain about themselves");
        }
        if (complaint == null || complaint.isBlank()) {
            throw new RuleViolation("complaint", "A formal complaint is made in writing");
        }
        if (committee.isMember(complainant.strip()) || committee.isMember(accused.strip())) {
            throw new RuleViolation("committee", "A committee member cannot sit on a case in which they are a party");
        }
        FormalComplaint c = new FormalComplaint(id, reference, complainant.strip(), accused.strip(), complaint.strip(),
                filedBy, receivedAt, committee, ProcedureStatus.UNDER_INVESTIGATION, List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), null, null, List.of(), Set.of(), zone);
        return new ComplaintFiled(UUID.randomUUID(), c, receivedAt);
    }

    /**
     * seed 004, Klachtenprocedure 4, 6, 10: the committee hears complainant and accused separately (others
     * too if it wants); the written record is marked as seen by everyone present, or the refusal and its
     * reason are recorded.
     */
    public HearingHeld holdHearing(String member, List<String> heard, String record,
                                   List<HearingAcknowledgement> acknowledgements, Instant heldAt) {
        requireMember(member);
        requireStatus(ProcedureStatus.UNDER_INVESTIGATION, "heard");
        if (heard == null || heard.isEmpty()) {
            throw new RuleViolation("heard", "A hearing hears at least one person");
        }
        if (heard.contains(complainant) && heard.contains(accused)) {
            throw new RuleViolation("heard", "The committee hears complainant and accused separately");
        }
        if (record == null || record.isBlank()) {
            throw new RuleViolation("record", "Every hearing has a written record");
        }
        Set<String> present = new LinkedHashSet<>(heard);
        present.add(member);
        Set<String> acknowledged = new LinkedHashSet<>();
        acknowledgements.forEach(a -> acknowledged.add(a.person()));
        present.removeAll(acknowledged);
        if (!present.isEmpty()) {
            throw new RuleViolation("acknowledgements", "Everyone present marks the record as seen or refuses with a "
                    + "reason; missing: " + String.join(", ", present));
        }
        Hearing hearing = new Hearing(UUID.randomUUID(), heldAt, member, heard, record.strip(), acknowledgements);
        hearings.add(hearing);
        return new HearingHeld(UUID.randomUUID(), this, heldAt, hearing);
    }

    /** seed 004, Klachtenprocedure 5: both sides may be assisted by an adviser. */
    public void appointAdviser(String party, String name, Instant at) {
        PartySide side = sideOf(party).orElseThrow(() -> new AccessDenied("Only a party appoints an adviser"));
        if (name == null || name.isBlank()) {
            throw new RuleViolation("name", "An adviser has a name");
        }
        advisers.add(new Adviser(side, name.strip(), at));
    }

    /** seed 004, Klachtenprocedure 8: each side states its position and may answer the other's. */
    public PositionStatement submitPosition(String party, String text, UUID inReplyTo, Instant at) {
        PartySide side = sideOf(party).orElseThrow(() -> new AccessDenied("Only a party states a position"));
        requireStatus(ProcedureStatus.UNDER_INVESTIGATION, "given positions");
        if (text == null || text.isBlank()) {
            throw new RuleViolation("text", "A position is stated in writing");
        }
        if (inReplyTo != null && positions.stream().noneMatch(p -> p.id().equals(inReplyTo) && p.side() != side)) {
            throw new RuleViolation("inReplyTo", "A reply answers a position of the other side");
        }
        PositionStatement statement = new PositionStatement(UUID.randomUUID(), side, text.strip(), inReplyTo, at);
        positions.add(statement);
        return statement;
    }

    /** seed 004, Klachtenprocedure 7: the committee may have experts investigate. */
    public void engageExpert(String member, String expertise, Instant at) {
        requireMember(member);
        requireStatus(ProcedureStatus.UNDER_INVESTIGATION, "given to experts");
        if (expertise == null || expertise.isBlank()) {
            throw new RuleViolation("expertise", "Say what the experts are to investigate");
        }
        experts.add(new ExpertEngagement(expertise.strip(), member, at));
    }

    /** seed 004, Tijdelijke voorzieningen: at the start and during the investigation, until management decided. */
    public InterimMeasureRequested requestInterimMeasure(String member, InterimMeasureKind kind, String reason,
                                                         Instant at) {
        requireMember(member);
        if (status == ProcedureStatus.DECIDED) {
            throw new IllegalTransition("formal complaint", "decided", "given interim measures");
        }
        if (kind == null) {
            throw new RuleViolation("measure", "Name the interim measure");
        }
        InterimMeasureRequest request = new InterimMeasureRequest(kind, reason == null ? null : reason.strip(), member, at);
        interimMeasures.add(request);
        return new InterimMeasureRequested(UUID.randomUUID(), this, at, request);
    }

    /** A member votes on the finding; a later vote of the same member replaces the earlier one. */
    public void castVote(String member, Finding finding, Instant at) {
        requireMember(member);
        requireStatus(ProcedureStatus.UNDER_INVESTIGATION, "voted on");
        if (finding == null) {
            throw new RuleViolation("finding", "A vote is for a finding");
        }
        votes.removeIf(v -> v.member().equals(member));
        votes.add(new CommitteeVote(member, finding, at));
    }

    /**
     * seed 004, Oordeel 1-3: the committee decides by majority and reports in writing to management with the
     * contents the seed lists.
     */
    public ReportIssued issueReport(String member, List<String> affected, Finding finding, CaseAdvice caseAdvice,
                                    String generalAdvice, Instant at) {
        requireMember(member);
        requireStatus(ProcedureStatus.UNDER_INVESTIGATION, "reported");
        Finding majority = MajorityRule.decided(votes, committee.size()).orElseThrow(() -> new RuleViolation("votes",
                "The committee decides by majority: two of its three members must vote for the same finding"));
        if (finding != majority) {
            throw new RuleViolation("finding", "The report states the finding the majority voted for");
        }
        if (affected == null || affected.isEmpty()) {
            throw new RuleViolation("affected", "The report says who was affected by the behaviour");
        }
        if (caseAdvice == null || caseAdvice.measures() == null || caseAdvice.measures().isBlank()) {
            throw new RuleViolation("caseAdvice", "The report advises on measures in this case");
        }
        if (generalAdvice == null || generalAdvice.isBlank()) {
            throw new RuleViolation("generalAdvice", "The report advises on measures in general");
        }
        if (finding == Finding.UNFOUNDED && caseAdvice.sanction() != null) {
            throw new RuleViolation("caseAdvice.sanction", "No sanction is advised on an unfounded complaint");
        }
        report = new CommitteeReport(complainant, accused, affected, complaint, finding, caseAdvice,
                generalAdvice.strip(), at);
        status = ProcedureStatus.REPORTED;
        return new ReportIssued(UUID.randomUUID(), this, at);
    }

    /**
     * seed 004, Sancties en maatregelen: management takes the advice as starting point and motivates any
     * departure in writing; sanctions fall on the accused of a founded complaint; an unfounded complaint
     * leads to normalising the workplace, a knowingly false one to rehabilitation of the accused and
     * measures against the complainant. This is the one place where "departing from the advice needs reasons"
     * is enforced; sanction-service proposes the staff measure from the decision as taken here.
     */
    public DecisionTaken takeDecision(String manager, StaffSanction sanction, String measures, String reasons,
                                      String siteId, String transferToSiteId, Instant at) {
        requireStatus(ProcedureStatus.REPORTED, "decided");
        Finding finding = report.finding();
        String sanctioned = null;
        if (sanction != null) {
            if (finding == Finding.UNFOUNDED) {
                throw new RuleViolation("sanction", "An unfounded complaint leads to no sanction, but to measures "
                        + "that normalise the workplace");
            }
            sanctioned = finding == Finding.FOUNDED ? accused : complainant;
            if (siteId == null || siteId.isBlank()) {
                throw new RuleViolation("site", "A sanction names the site where the sanctioned employee works");
            }
            if (sanction.type() == StaffSanctionType.TRANSFER && (transferToSiteId == null || transferToSiteId.isBlank())) {
                throw new RuleViolation("transferToSite", "A transfer names the site the employee moves to");
            }
        }
        if ((finding != Finding.FOUNDED || sanction == null) && (measures == null || measures.isBlank())) {
            throw new RuleViolation("measures", finding == Finding.UNFOUNDED
                    ? "An unfounded complaint needs measures that normalise the workplace"
                    : finding == Finding.KNOWINGLY_FALSE
                    ? "A knowingly false complaint needs measures that rehabilitate the accused"
                    : "Name the measures taken");
        }
        StaffSanction advised = report.caseAdvice().sanction();
        boolean followsAdvice = sanction == null ? advised == null : sanction.sameMeasureAs(advised);
        if (!followsAdvice && (reasons == null || reasons.isBlank())) {
            throw new RuleViolation("reasons", "A decision that departs from the committee's advice states its reasons "
                    + "in writing");
        }
        decision = new ManagementDecision(manager, finding, sanction, sanctioned,
                measures == null ? null : measures.strip(), followsAdvice,
                reasons == null || reasons.isBlank() ? null : reasons.strip(), at,
                sanction == null ? null : siteId.strip(),
                sanction == null || sanction.type() != StaffSanctionType.TRANSFER ? null : transferToSiteId.strip());
        status = ProcedureStatus.DECIDED;
        return new DecisionTaken(UUID.randomUUID(), this, at);
    }

    /** seed 004, Niet eens met de beslissing: a party objects in writing with reasons, within the window. */
    public ObjectionFiled fileObjection(String party, String reasons, Instant at) {
        PartySide side = sideOf(party).orElseThrow(() -> new AccessDenied("Only a party objects to the decision"));
        requireStatus(ProcedureStatus.DECIDED, "objected to");
        Instant windowEnds = objectionDueAt();
        if (!at.isBefore(windowEnds)) {
            throw new RuleViolation("objection", "The objection window of " + ObjectionTerms.FILING.length().getDays()
                    + " days after the decision closed at " + windowEnds);
        }
        if (reasons == null || reasons.isBlank()) {
            throw new RuleViolation("reasons", "An objection states its reasons in writing");
        }
        if (objections.stream().anyMatch(o -> o.side() == side)) {
            throw new IllegalTransition("formal complaint", "already objected to by the " + side.name().toLowerCase(),
                    "objected to again");
        }
        Objection objection = new Objection(UUID.randomUUID(), side, party, reasons.strip(), at, null, null, null);
        objections.add(objection);
        return new ObjectionFiled(UUID.randomUUID(), this, at, objection);
    }

    /** seed 004, Niet eens met de beslissing: "De directie zal binnen 14 dagen schriftelijk op het bezwaar reageren". */
    public ObjectionAnswered answerObjection(String manager, UUID objectionId, String answer, Instant at) {
        int index = -1;
        for (int i = 0; i < objections.size(); i++) {
            if (objections.get(i).id().equals(objectionId)) {
                index = i;
            }
        }
        if (index < 0) {
            throw new NotFound("objection", String.valueOf(objectionId));
        }
        if (objections.get(index).answered()) {
            throw new IllegalTransition("objection", "answered", "answered again");
        }
        if (answer == null || answer.isBlank()) {
            throw new RuleViolation("answer", "Management answers an objection in writing");
        }
        Objection answered = objections.get(index).answer(answer.strip(), manager, at);
        objections.set(index, answered);
        return new ObjectionAnswered(UUID.randomUUID(), this, at, answered);
    }

    /**
     * seed 004, Oordeel 4: when a term is exceeded, complainant and accused are told, with the handling time.
     * Each missed term is announced once; a term met in time is never announced. A term met late but not yet
     * announced is announced with the moment it was met as the expected end.
     */
    public List<TermMissed> announceMissedTerms(Instant now) {
        List<TermMissed> missed = new ArrayList<>();
        for (LateTerm late : lateTerms(now)) {
            announcedMissedTerms.add(late.key());
            long seconds = Duration.between(receivedAt, late.expectedBy()).getSeconds();
            int handlingDays = (int) ((seconds + 86_399) / 86_400);
            missed.add(new TermMissed(UUID.randomUUID(), this, now, late.term(), late.objectionId(), late.dueAt(),
                    late.expectedBy(), handlingDays));
        }
        return missed;
    }

    /**
     * Whether the term watcher still has to look at this complaint: a term can still run out, or one was met
     * late and not announced yet.
     */
    public boolean hasTermsToWatch() {
        return status != ProcedureStatus.DECIDED || objections.stream().anyMatch(o -> !o.answered())
                || !lateTerms(receivedAt).isEmpty();
    }

    private record LateTerm(String key, Term term, UUID objectionId, Instant dueAt, Instant expectedBy) {
    }

    private List<LateTerm> lateTerms(Instant now) {
        List<LateTerm> late = new ArrayList<>();
        check(Term.HEARINGS, null, receivedAt, hearingsCompletedAt(), now, late);
        check(Term.REPORT, null, receivedAt, report == null ? null : report.issuedAt(), now, late);
        if (report != null) {
            check(Term.DECISION, null, report.issuedAt(), decision == null ? null : decision.decidedAt(), now, late);
        }
        for (Objection objection : objections) {
            check(Term.OBJECTION_ANSWER, objection.id(), objection.filedAt(), objection.answeredAt(), now, late);
        }
        return late;
    }

    private void check(Term term, UUID objectionId, Instant start, Instant metAt, Instant now, List<LateTerm> out) {
        String key = objectionId == null ? term.name() : term.name() + ":" + objectionId;
        Instant due = term.dueFrom(start, zone);
        boolean late = metAt == null ? !now.isBefore(due) : !metAt.isBefore(due);
        if (late && !announcedMissedTerms.contains(key)) {
            out.add(new LateTerm(key, term, objectionId, due, metAt != null ? metAt : now.plus(term.grace())));
        }
    }

    /**
     * The case's statutory terms as they stand: hearings and report from receipt, the decision from the report
     * (once there is one), an answer per objection. In the order a case runs through them.
     */
    public List<TermState> terms() {
        List<TermState> terms = new ArrayList<>();
        terms.add(termState(Term.HEARINGS, null, receivedAt, hearingsCompletedAt()));
        terms.add(termState(Term.REPORT, null, receivedAt, report == null ? null : report.issuedAt()));
        if (report != null) {
            terms.add(termState(Term.DECISION, null, report.issuedAt(), decision == null ? null : decision.decidedAt()));
        }
        for (Objection objection : objections) {
            terms.add(termState(Term.OBJECTION_ANSWER, objection.id(), objection.filedAt(), objection.answeredAt()));
        }
        return terms;
    }

    /** The first open term, earliest due first; empty when none runs. */
    public Optional<TermState> nextTermDue() {
        return terms().stream().filter(TermState::open).min(java.util.Comparator.comparing(TermState::dueAt));
    }

    private TermState termState(Term term, UUID objectionId, Instant start, Instant metAt) {
        String key = objectionId == null ? term.name() : term.name() + ":" + objectionId;
        return new TermState(term, objectionId, term.dueFrom(start, zone), metAt, announcedMissedTerms.contains(key));
    }

    /** When both sides had been heard, each in a hearing of their own; null while one of them was not. */
    public Instant hearingsCompletedAt() {
        Instant complainantHeard = firstHeard(complainant);
        Instant accusedHeard = firstHeard(accused);
        if (complainantHeard == null || accusedHeard == null) {
            return null;
        }
        return complainantHeard.isAfter(accusedHeard) ? complainantHeard : accusedHeard;
    }

    private Instant firstHeard(String person) {
        return hearings.stream().filter(h -> h.heard().contains(person)).map(Hearing::heldAt).min(Instant::compareTo)
                .orElse(null);
    }

    public Instant hearingsDueAt() {
        return Term.HEARINGS.dueFrom(receivedAt, zone);
    }

    public Instant reportDueAt() {
        return Term.REPORT.dueFrom(receivedAt, zone);
    }

    public Instant decisionDueAt() {
        return report == null ? null : Term.DECISION.dueFrom(report.issuedAt(), zone);
    }

    /** seed 004: management answers an objection within 14 days of its filing. */
    public Instant answerDueAt(Objection objection) {
        return Term.OBJECTION_ANSWER.dueFrom(objection.filedAt(), zone);
    }

    /**
     * When the procedure ended, for retention: decided, the window to object over and every objection answered.
     * Empty while it still runs — a legal hold: an open procedure or a pending objection keeps the case file.
     */
    public Optional<Instant> endedAt(Instant now) {
        if (status != ProcedureStatus.DECIDED || decision == null || objections.stream().anyMatch(o -> !o.answered())) {
            return Optional.empty();
        }
        Instant end = objectionDueAt();
        if (end.isAfter(now)) {
            return Optional.empty();
        }
        for (Objection objection : objections) {
            if (objection.answeredAt().isAfter(end)) {
                end = objection.answeredAt();
            }
        }
        return Optional.of(end);
    }

    /** The end of the window to object ({@link ObjectionTerms#FILING}, Frontline's choice; the seed names none). */
    public Instant objectionDueAt() {
        return decision == null ? null : ObjectionTerms.FILING.endsAt(decision.decidedAt(), zone);
    }

    public Optional<PartySide> sideOf(String userId) {
        if (complainant.equals(userId)) {
            return Optional.of(PartySide.COMPLAINANT);
        }
        if (accused.equals(userId)) {
            return Optional.of(PartySide.ACCUSED);
        }
        return Optional.empty();
    }

    public String partyOf(PartySide side) {
        return side == PartySide.COMPLAINANT ? complainant : accused;
    }

    private void requireMember(String userId) {
        if (!committee.isMember(userId)) {
            throw new AccessDenied("Only a member of the complaints committee does this");
        }
    }

    private void requireStatus(ProcedureStatus required, String action) {
        if (status != required) {
            throw new IllegalTransition("formal complaint", status.name().toLowerCase().replace('_', ' '), action);
        }
    }

    public UUID id() {
        return id;
    }

    public String reference() {
        return reference;
    }

    public String complainant() {
        return complainant;
    }

    public String accused() {
        return accused;
    }

    public String complaint() {
        return complaint;
    }

    public String filedBy() {
        return filedBy;
    }

    /** The calendar the terms run in: the chain's time zone (the procedure belongs to no single site). */
    public ZoneId zone() {
        return zone;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public Committee committee() {
        return committee;
    }

    public ProcedureStatus status() {
        return status;
    }

    public List<Hearing> hearings() {
        return List.copyOf(hearings);
    }

    public List<PositionStatement> positions() {
        return List.copyOf(positions);
    }

    public List<Adviser> advisers() {
        return List.copyOf(advisers);
    }

    public List<ExpertEngagement> experts() {
        return List.copyOf(experts);
    }

    public List<InterimMeasureRequest> interimMeasures() {
        return List.copyOf(interimMeasures);
    }

    public List<CommitteeVote> votes() {
        return List.copyOf(votes);
    }

    public Optional<CommitteeReport> report() {
        return Optional.ofNullable(report);
    }

    public Optional<ManagementDecision> decision() {
        return Optional.ofNullable(decision);
    }

    public List<Objection> objections() {
        return List.copyOf(objections);
    }

    public Set<String> announcedMissedTerms() {
        return Set.copyOf(announcedMissedTerms);
    }
}
