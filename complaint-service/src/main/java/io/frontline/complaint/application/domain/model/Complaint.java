package io.frontline.complaint.application.domain.model;

import io.frontline.platform.domain.AccessDenied;
import io.frontline.platform.domain.CalendarTerm;
import io.frontline.platform.domain.WireName;
import io.frontline.platform.domain.IllegalTransition;
import io.frontline.platform.domain.RuleViolation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A customer's complaint and its procedure (seed 002): received → acknowledged → in progress ⇄ waiting for
 * the complainant → resolved | rejected, with escalation, assignment and reopening within 30 days. Its
 * conduct is assessed apart from its substance (seed 000): an abusive manner never closes a complaint nor
 * stops its clock. Every method returns the events it causes and records itself on the timeline.
 */
public final class Complaint {
    /**
     * Seed 002: the complainant may reopen a closed complaint within this period, to the end of the 30th day after
     * the closure in the site's calendar.
     */
    public static final CalendarTerm REOPEN_PERIOD = CalendarTerm.ofDays(30);
    /** A rejection must say why on the substance, in more than a word or two. */
    public static final int MIN_REASON_LENGTH = 20;
    /**
     * A substantive reason for reassessing a demand as unreasonable: like a rejection's, at least
     * {@link #MIN_REASON_LENGTH} characters, and in at least this many words (not "no", not "rude!!!!...").
     */
    public static final int MIN_REASON_WORDS = 3;
    /** Why a second person may not approve: they proposed it, or they made the conduct assessment it rests on. */
    public static final String PROPOSER = "proposer";
    public static final String CONDUCT_ASSESSOR = "conduct-assessor";

    private final UUID id;
    private final ComplaintReference reference;
    private final String siteId;
    private final Channel channel;
    private final Category category;
    private final String subject;
    private final String description;
    private final String language;
    private final Instant receivedAt;
    private final String filedBy;
    private final String trackingSecretHash;
    private ComplaintStatus status;
    private ResponseTerm term;
    private final EnumSet<TermNotice> noticesGiven;
    private String assignee;
    private EscalationLevel escalation;
    private ConductAssessment conduct;
    private ConductAssessment pendingReassessment;
    private RejectionProposal pendingRejection;
    private String complainantSubjectKey;
    private Instant closedAt;
    private Boolean closedWithinTerm;
    private final List<TimelineEntry> timeline;
    private final List<TimelineEntry> newEntries = new ArrayList<>();

    public Complaint(UUID id, ComplaintReference reference, String siteId, Channel channel, Category category,
                     String subject, String description, String language, Instant receivedAt, String filedBy,
                     String trackingSecretHash, ComplaintStatus status, ResponseTerm term, Set<TermNotice> noticesGiven,
                     String assignee, EscalationLevel escalation, ConductAssessment conduct,
                     String complainantSubjectKey, Instant closedAt, Boolean closedWithinTerm,
                     List<TimelineEntry> timeline) {
        this(id, reference, siteId, channel, category, subject, description, language, receivedAt, filedBy,
                trackingSecretHash, status, term, noticesGiven, assignee, escalation, conduct, null, null,
                complainantSubjectKey, closedAt, closedWithinTerm, timeline);
    }

    /** Rebuilds a stored complaint, with a reassessment or a rejection that waits for a second person. */
    public Complaint(UUID id, ComplaintReference reference, String siteId, Channel channel, Category category,
                     String subject, String description, String language, Instant receivedAt, String filedBy,
                     String trackingSecretHash, ComplaintStatus status, ResponseTerm term, Set<TermNotice> noticesGiven,
                     String assignee, EscalationLevel escalation, ConductAssessment conduct,
                     ConductAssessment pendingReassessment, RejectionProposal pendingRejection,
                     String complainantSubjectKey, Instant closedAt, Boolean closedWithinTerm,
                     List<TimelineEntry> timeline) {
        this.id = Objects.requireNonNull(id);
        this.reference = Objects.requireNonNull(reference);
        this.siteId = Objects.requireNonNull(siteId);
        this.channel = Objects.requireNonNull(channel);
        this.category = Objects.requireNonNull(category);
        this.subject = Objects.requireNonNull(subject);
        this.description = Objects.requireNonNull(description);
        this.language = language;
        this.receivedAt = Objects.requireNonNull(receivedAt);
        this.filedBy = Objects.requireNonNull(filedBy);
        this.trackingSecretHash = trackingSecretHash;
        this.status = Objects.requireNonNull(status);
        this.term = Objects.requireNonNull(term);
        this.noticesGiven = noticesGiven.isEmpty() ? EnumSet.noneOf(TermNotice.class) : EnumSet.copyOf(noticesGiven);
        this.assignee = assignee;
        this.escalation = escalation;
        this.conduct = conduct;
        this.pendingReassessment = pendingReassessment;
        this.pendingRejection = pendingRejection;
        this.complainantSubjectKey = complainantSubjectKey;
        this.closedAt = closedAt;
        this.closedWithinTerm = closedWithinTerm;
        this.timeline = new ArrayList<>(timeline);
    }

    /** Files a new complaint; its response term runs from the moment of receipt. */
    public static ComplaintReceived file(UUID id, ComplaintReference reference, String siteId, Channel channel,
                                         Category category, String subject, String description, String language,
                                         Instant receivedAt, ResponseTerm term, String filedBy,
                                         String trackingSecretHash, String complainantSubjectKey, Instant now) {
        Complaint complaint = new Complaint(id, reference, siteId, channel, category, subject, description, language,
                receivedAt, filedBy, trackingSecretHash, ComplaintStatus.RECEIVED, term, Set.of(), null, null, null,
                complainantSubjectKey, null, null, List.of());
        complaint.record(now, filedBy, "received", Visibility.INTERNAL, Map.of("channel", wire(channel.name())), null);
        return new ComplaintReceived(UUID.randomUUID(), now, complaint);
    }

    /** Seed 002: the complainant hears at once that the complaint arrived and when to expect an answer. */
    public ComplaintAcknowledged acknowledge(String actor, Instant now) {
        require(status == ComplaintStatus.RECEIVED, "acknowledged");
        status = ComplaintStatus.ACKNOWLEDGED;
        record(now, actor, "acknowledged", Visibility.COMPLAINANT,
                Map.of("reference", reference.value(), "responseDue", term.dueDate().toString()), null);
        return new ComplaintAcknowledged(UUID.randomUUID(), now, this);
    }

    public void startHandling(String actor, Instant now) {
        require(status == ComplaintStatus.ACKNOWLEDGED, "taken into handling");
        status = ComplaintStatus.IN_PROGRESS;
        record(now, actor, "in-progress", Visibility.INTERNAL, Map.of(), null);
    }

    public ComplaintAssigned assign(String actor, String handler, Instant now) {
        require(!isClosed() && status != ComplaintStatus.RECEIVED, "assigned");
        if (handler == null || handler.isBlank()) {
            throw new RuleViolation("assignee", "Name the handler");
        }
        assignee = handler.strip();
        record(now, actor, "assigned", Visibility.INTERNAL, Map.of("assignee", assignee), null);
        return new ComplaintAssigned(UUID.randomUUID(), now, this, assignee);
    }

    /** Asks the complainant something; the response term pauses until they reply (seed 002). */
    public ComplainantQuestioned waitForComplainant(String actor, String question, Instant now) {
        require(status == ComplaintStatus.IN_PROGRESS, "put on hold for the complainant");
        requireText("message", question, 1);
        status = ComplaintStatus.WAITING_FOR_COMPLAINANT;
        term = term.pause(now);
        record(now, actor, "waiting-for-complainant", Visibility.COMPLAINANT, Map.of(), question.strip());
        return new ComplainantQuestioned(UUID.randomUUID(), now, this);
    }

    /** The complainant wrote: the message joins the timeline, and a complaint waiting for it resumes. */
    public void complainantWrote(String text, Instant now) {
        requireText("text", text, 1);
        record(now, "complainant", "complainant-message", Visibility.COMPLAINANT, Map.of(), text.strip());
        if (status == ComplaintStatus.WAITING_FOR_COMPLAINANT) {
            resume("complainant", now);
        }
    }

    /** Staff record that the complainant answered (by phone, say); the clock runs again. */
    public void resumeHandling(String actor, Instant now) {
        require(status == ComplaintStatus.WAITING_FOR_COMPLAINANT, "resumed");
        resume(actor, now);
    }

    private void resume(String actor, Instant now) {
        status = ComplaintStatus.IN_PROGRESS;
        term = term.resume(now);
        record(now, actor, "resumed", Visibility.INTERNAL, Map.of("responseDue", term.dueDate().toString()), null);
    }

    public ComplaintResolved resolve(String actor, String answer, Instant now) {
        require(status == ComplaintStatus.IN_PROGRESS, "resolved");
        requireText("answer", answer, 1);
        close(ComplaintStatus.RESOLVED, now);
        record(now, actor, "resolved", Visibility.COMPLAINANT, Map.of(), answer.strip());
        return new ComplaintResolved(UUID.randomUUID(), now, this, closedWithinTerm);
    }

    /**
     * Rejects the complaint on its substance. Seed 000: a legitimate complaint must never be dismissed as
     * harassment, so the reason must be substantive and a demand confirmed reasonable cannot be rejected.
     * Where the manner was judged abusive, one person alone cannot reject: the rejection is proposed and takes
     * effect when a second person approves it ({@link #approveRejection}); then the answer is empty.
     */
    public Optional<ComplaintRejected> reject(String actor, String reason, Instant now) {
        requireRejectable(reason);
        if (mannerJudgedAbusive()) {
            if (pendingRejection != null) {
                throw new IllegalTransition("complaint", "awaiting approval of a rejection", "rejected again");
            }
            pendingRejection = new RejectionProposal(reason.strip(), actor, now);
            record(now, actor, "rejection-proposed", Visibility.INTERNAL, Map.of(), reason.strip());
            return Optional.empty();
        }
        return Optional.of(closeRejected(actor, reason.strip(), now));
    }

    /**
     * A second person approves the proposed rejection of a complaint judged abusive in manner. Four eyes across
     * the whole decision: not the proposer of the rejection, nor whoever made the conduct assessment it rests on
     * (who judged the manner abusive, or proposed the demand's reassessment). The rules of a rejection are
     * checked again: the complaint may have changed since.
     */
    public ComplaintRejected approveRejection(String approver, Instant now) {
        if (pendingRejection == null) {
            throw new IllegalTransition("complaint", "without a proposed rejection", "approved for rejection");
        }
        secondPerson(approver, pendingRejection.proposedBy());
        requireRejectable(pendingRejection.reason());
        RejectionProposal approved = pendingRejection;
        pendingRejection = null;
        record(now, approver, "rejection-approved", Visibility.INTERNAL,
                Map.of("proposedBy", approved.proposedBy(), "approvedBy", approver), null);
        return closeRejected(approver, approved.reason(), now);
    }

    /** The proposed rejection is not approved (or withdrawn by its proposer), with a reason; the complaint stays open. */
    public void declineRejection(String actor, String reason, Instant now) {
        if (pendingRejection == null) {
            throw new IllegalTransition("complaint", "without a proposed rejection", "declined for rejection");
        }
        requireText("reason", reason, 1);
        pendingRejection = null;
        record(now, actor, "rejection-declined", Visibility.INTERNAL, Map.of(), reason.strip());
    }

    private void requireRejectable(String reason) {
        require(status == ComplaintStatus.IN_PROGRESS, "rejected");
        requireText("reason", reason, MIN_REASON_LENGTH);
        if (conduct != null && conduct.demand() == DemandJudgement.REASONABLE) {
            throw new RuleViolation("reason", "The demand was judged reasonable: answer it, or reassess the demand "
                    + "with a reason first. The manner of a complaint is never a reason to reject it");
        }
    }

    private ComplaintRejected closeRejected(String actor, String reason, Instant now) {
        close(ComplaintStatus.REJECTED, now);
        record(now, actor, "rejected", Visibility.COMPLAINANT, Map.of(), reason);
        return new ComplaintRejected(UUID.randomUUID(), now, this, closedWithinTerm);
    }

    /**
     * Whether the manner is, or ever was, judged abusive: reassessing the manner as acceptable first does not
     * let one person reject alone.
     */
    private boolean mannerJudgedAbusive() {
        return conduct != null && conduct.manner() == MannerJudgement.ABUSIVE || timeline.stream()
                .anyMatch(e -> "conduct-assessed".equals(e.action()) && "abusive".equals(e.params().get("manner")));
    }

    /** The second person differs from the proposer and from the author of the conduct assessment in force. */
    private void secondPerson(String approver, String proposer) {
        if (approver.equals(proposer)) {
            throw new AccessDenied(PROPOSER, "Four eyes: a second person approves, not the one who proposed it");
        }
        if (conduct != null && approver.equals(conduct.assessedBy())) {
            throw new AccessDenied(CONDUCT_ASSESSOR, "Four eyes: a second person approves, not the one whose "
                    + "conduct assessment it rests on");
        }
    }

    /** Escalates upwards only; the level and the reason are stated to the complainant (seed 002). */
    public ComplaintEscalated escalate(String actor, EscalationLevel level, String reason, Instant now) {
        require(status != ComplaintStatus.RECEIVED, "escalated");
        Objects.requireNonNull(level, "level");
        requireText("reason", reason, 1);
        if (escalation != null && escalation.compareTo(level) >= 0) {
            throw new IllegalTransition("complaint", "escalated to " + wire(escalation.name()),
                    "escalated to " + wire(level.name()));
        }
        escalation = level;
        record(now, actor, "escalated", Visibility.COMPLAINANT, Map.of("level", wire(level.name())), reason.strip());
        return new ComplaintEscalated(UUID.randomUUID(), now, this, level);
    }

    /** Until when a closed complaint can be reopened: 30 days in the site's calendar; empty while it is open. */
    public Optional<Instant> reopenableUntil() {
        return isClosed() && closedAt != null ? Optional.of(REOPEN_PERIOD.endsAt(closedAt, term.zone()))
                : Optional.empty();
    }

    /**
     * The complainant asks for the complaint to go to management or to the external complaints committee (seed 002:
     * when it is not handled to their satisfaction). Only a level above the present one can be asked for; a closed
     * complaint only within the period in which it could be reopened. The request goes on the timeline, visible to
     * handler and complainant; the level changes only when a handler escalates.
     */
    public EscalationRequested requestEscalation(EscalationLevel level, String reason, Instant now) {
        Objects.requireNonNull(level, "level");
        requireText("reason", reason, 1);
        if (isClosed() && REOPEN_PERIOD.hasEnded(closedAt, term.zone(), now)) {
            throw new IllegalTransition("complaint", wire(status.name()) + " more than 30 days ago",
                    "escalation requested");
        }
        if (!escalationOptions().contains(level)) {
            throw new IllegalTransition("complaint", "escalated to " + wire(escalation.name()),
                    "escalation to " + wire(level.name()) + " requested");
        }
        record(now, "complainant", "escalation-requested", Visibility.COMPLAINANT, Map.of("level", wire(level.name())),
                reason.strip());
        return new EscalationRequested(UUID.randomUUID(), now, this, level);
    }

    /** The complainant reopens a resolved or rejected complaint within 30 days; a new term runs. */
    public ComplaintReopened reopen(String reason, ResponseTerm newTerm, Instant now) {
        require(isClosed(), "reopened");
        if (REOPEN_PERIOD.hasEnded(closedAt, term.zone(), now)) {
            throw new RuleViolation(null, "A complaint can be reopened within 30 days of its closure");
        }
        status = ComplaintStatus.IN_PROGRESS;
        term = newTerm;
        noticesGiven.clear();
        closedAt = null;
        closedWithinTerm = null;
        record(now, "complainant", "reopened", Visibility.COMPLAINANT,
                Map.of("responseDue", term.dueDate().toString()),
                reason == null || reason.isBlank() ? null : reason.strip());
        return new ComplaintReopened(UUID.randomUUID(), now, this);
    }

    /**
     * A person's judgement of demand and manner (seed 000). It never changes the status or the term. Newly
     * confirming an abusive manner reports harassment, for incident-service to open an incident. Changing a
     * demand judged reasonable to unreasonable is only proposed here: it needs a substantive reason and a second
     * person's approval ({@link #approveReassessment}), since it opens the way to a rejection.
     */
    public List<ComplaintEvent> assessConduct(String actor, DemandJudgement demand, MannerJudgement manner,
                                              Set<ConductIndicator> indicators, String reason, Instant now) {
        requireText("reason", reason, 1);
        if (manner == MannerJudgement.ABUSIVE && indicators.isEmpty()) {
            throw new RuleViolation("indicators", "Name at least one indicator of the abusive manner");
        }
        ConductAssessment assessment = new ConductAssessment(demand, manner, indicators, reason.strip(), actor, now);
        if (conduct != null && conduct.demand() == DemandJudgement.REASONABLE && demand == DemandJudgement.UNREASONABLE) {
            requireSubstantive(reason);
            pendingReassessment = assessment;
            record(now, actor, "demand-reassessment-proposed", Visibility.INTERNAL, Map.of("demand",
                    wire(demand.name()), "manner", wire(manner.name())), reason.strip());
            return List.of();
        }
        if (pendingReassessment != null) {
            pendingReassessment = null;
            record(now, actor, "demand-reassessment-withdrawn", Visibility.INTERNAL, Map.of(), null);
        }
        return apply(assessment, now);
    }

    /**
     * A second person approves the proposed reassessment of a reasonable demand as unreasonable: never the one
     * who proposed it. It is on the timeline with its reason, and the complainant is told that the assessment of
     * their demand changed, why, and how they can escalate (seed 002).
     */
    public List<ComplaintEvent> approveReassessment(String approver, Instant now) {
        if (pendingReassessment == null) {
            throw new IllegalTransition("complaint", "without a proposed reassessment", "approved for reassessment");
        }
        if (approver.equals(pendingReassessment.assessedBy())) {
            throw new AccessDenied(PROPOSER, "Four eyes: a second person approves the reassessment, not the one who "
                    + "proposed it");
        }
        ConductAssessment approved = pendingReassessment.approvedBy(approver);
        pendingReassessment = null;
        return apply(approved, now);
    }

    /** The proposed reassessment is not approved (or withdrawn by its proposer), with a reason. */
    public void declineReassessment(String actor, String reason, Instant now) {
        if (pendingReassessment == null) {
            throw new IllegalTransition("complaint", "without a proposed reassessment", "declined for reassessment");
        }
        requireText("reason", reason, 1);
        pendingReassessment = null;
        record(now, actor, "demand-reassessment-declined", Visibility.INTERNAL, Map.of(), reason.strip());
    }

    private List<ComplaintEvent> apply(ConductAssessment assessment, Instant now) {
        boolean wasAbusive = conduct != null && conduct.manner() == MannerJudgement.ABUSIVE;
        DemandJudgement before = conduct == null ? null : conduct.demand();
        conduct = assessment;
        String actor = assessment.approvedBy() == null ? assessment.assessedBy() : assessment.approvedBy();
        Map<String, String> params = new LinkedHashMap<>();
        params.put("demand", wire(assessment.demand().name()));
        params.put("manner", wire(assessment.manner().name()));
        if (assessment.approvedBy() != null) {
            params.put("proposedBy", assessment.assessedBy());
            params.put("approvedBy", assessment.approvedBy());
        }
        record(now, actor, "conduct-assessed", Visibility.INTERNAL, params, assessment.reason());
        if (before != null && before != assessment.demand()) {
            // The complainant is told, with the reason and where they can go if they disagree (seed 002).
            record(now, actor, "demand-reassessed", Visibility.COMPLAINANT, Map.of("from", wire(before.name()),
                    "to", wire(assessment.demand().name()), "escalationOptions", String.join(",",
                            escalationOptions().stream().map(l -> wire(l.name())).toList())), assessment.reason());
        }
        if (assessment.manner() == MannerJudgement.ABUSIVE && !wasAbusive) {
            return List.of(new HarassmentConfirmed(UUID.randomUUID(), now, this, conduct.indicators(), conduct.reason()));
        }
        return List.of();
    }

    private static void requireSubstantive(String reason) {
        String text = reason == null ? "" : reason.strip();
        if (text.length() < MIN_REASON_LENGTH || text.split("\\s+").length < MIN_REASON_WORDS) {
            throw new RuleViolation("reason", "Reassessing a reasonable demand as unreasonable needs a substantive "
                    + "reason: at least " + MIN_REASON_LENGTH + " characters in at least " + MIN_REASON_WORDS + " words");
        }
    }

    /** A message to the complainant or an internal note. */
    public void addMessage(String actor, Visibility visibility, String text, Instant now) {
        requireText("text", text, 1);
        record(now, actor, visibility == Visibility.COMPLAINANT ? "message" : "note", visibility, Map.of(), text.strip());
    }

    /** The warnings due at {@code now}: 70 %, 90 % and overdue, each once per term, none while paused or closed. */
    public List<ComplaintEvent> checkTerm(Instant now) {
        List<ComplaintEvent> events = new ArrayList<>();
        if (isClosed() || term.isPaused()) {
            return events;
        }
        double used = term.usedShare(now);
        if (used >= 0.7 && noticesGiven.add(TermNotice.DUE_SOON_70)) {
            events.add(new ResponseDueSoon(UUID.randomUUID(), now, this, 70));
        }
        if (used >= 0.9 && noticesGiven.add(TermNotice.DUE_SOON_90)) {
            events.add(new ResponseDueSoon(UUID.randomUUID(), now, this, 90));
        }
        if (!now.isBefore(term.dueAt(now)) && noticesGiven.add(TermNotice.OVERDUE)) {
            events.add(new ResponseOverdue(UUID.randomUUID(), now, this));
            record(now, "system", "overdue", Visibility.INTERNAL, Map.of("responseDue", term.dueDate().toString()), null);
        }
        return events;
    }

    /** The contact data was erased after the retention period; the pseudonymous key goes with it. */
    public void forgetComplainant() {
        complainantSubjectKey = null;
    }

    private void close(ComplaintStatus closing, Instant now) {
        status = closing;
        closedAt = now;
        closedWithinTerm = !now.isAfter(term.dueAt(now));
    }

    private void require(boolean allowed, String action) {
        if (!allowed) {
            throw new IllegalTransition("complaint", wire(status.name()), action);
        }
    }

    private static void requireText(String field, String text, int minLength) {
        if (text == null || text.strip().length() < minLength) {
            throw new RuleViolation(field, minLength > 1
                    ? field + " must state the substantive grounds in at least " + minLength + " characters"
                    : field + " is required");
        }
    }

    private void record(Instant at, String actor, String action, Visibility visibility, Map<String, String> params,
                        String text) {
        TimelineEntry entry = new TimelineEntry(at, actor, TimelineEntry.CODE_PREFIX + action, visibility, params, text);
        timeline.add(entry);
        newEntries.add(entry);
    }

    static String wire(String name) {
        return WireName.fromConstant(name);
    }

    public boolean isClosed() {
        return status == ComplaintStatus.RESOLVED || status == ComplaintStatus.REJECTED;
    }

    public UUID id() {
        return id;
    }

    public ComplaintReference reference() {
        return reference;
    }

    public String siteId() {
        return siteId;
    }

    public Channel channel() {
        return channel;
    }

    public Category category() {
        return category;
    }

    public String subject() {
        return subject;
    }

    public String description() {
        return description;
    }

    public String language() {
        return language;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public LocalDate responseDue() {
        return term.dueDate();
    }

    public ResponseTerm term() {
        return term;
    }

    public String filedBy() {
        return filedBy;
    }

    public String trackingSecretHash() {
        return trackingSecretHash;
    }

    public ComplaintStatus status() {
        return status;
    }

    public Set<TermNotice> noticesGiven() {
        return Set.copyOf(noticesGiven);
    }

    public String assignee() {
        return assignee;
    }

    public EscalationLevel escalation() {
        return escalation;
    }

    public ConductAssessment conduct() {
        return conduct;
    }

    /** A reassessment of the demand as unreasonable that waits for a second person, if any. */
    public Optional<ConductAssessment> pendingReassessment() {
        return Optional.ofNullable(pendingReassessment);
    }

    /** A rejection of a complaint judged abusive in manner that waits for a second person, if any. */
    public Optional<RejectionProposal> pendingRejection() {
        return Optional.ofNullable(pendingRejection);
    }

    /** When the complainant was last told that the assessment of their demand changed, if ever. */
    public Optional<Instant> demandReassessedAt() {
        return timeline.stream().filter(e -> "demand-reassessed".equals(e.action())).map(TimelineEntry::at)
                .reduce((first, second) -> second);
    }

    public String complainantSubjectKey() {
        return complainantSubjectKey;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public Boolean closedWithinTerm() {
        return closedWithinTerm;
    }

    public List<TimelineEntry> timeline() {
        return List.copyOf(timeline);
    }

    /** Entries recorded since loading, for the store to append. */
    public List<TimelineEntry> newTimelineEntries() {
        return List.copyOf(newEntries);
    }

    /** The messages the complainant may read. */
    public List<TimelineEntry> messagesForComplainant() {
        return timeline.stream().filter(e -> e.visibility() == Visibility.COMPLAINANT).toList();
    }

    /** What the complainant can still escalate to (seed 002: the options are stated to them). */
    public List<EscalationLevel> escalationOptions() {
        List<EscalationLevel> options = new ArrayList<>();
        for (EscalationLevel level : EscalationLevel.values()) {
            if (escalation == null || level.compareTo(escalation) > 0) {
                options.add(level);
            }
        }
        return options;
    }
}
