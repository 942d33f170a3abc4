package io.frontline.sanction.application.domain.model;

import io.frontline.platform.domain.WireName;
import io.frontline.platform.domain.AccessDenied;
import io.frontline.platform.domain.IllegalTransition;
import io.frontline.platform.domain.ObjectionTerms;
import io.frontline.platform.domain.RuleViolation;
import io.frontline.platform.domain.SubjectKey;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A sanction against a customer (by subject key) or an employee: proposed, approved by a second person,
 * in force from its start to its end, expired, lifted early or rejected; an objection can be filed within
 * {@link ObjectionTerms#FILING} of notice and is decided within {@link ObjectionTerms#ANSWER}, both counted in
 * the site's calendar ({@code siteZone}). Start and end are whole minutes, so a ban ends at the exact minute; a
 * month is a calendar month in the site's time zone. Each method returns the events it causes.
 */
public final class Measure {
    private static final String AGGREGATE = "measure";

    private final UUID id;
    private final MeasureType type;
    private final SubjectKey subjectKey;
    private final String employeeId;
    private final String siteId;
    private final BanTerms banTerms;
    private final StaffTerms staffTerms;
    private final Period duration;
    private final Instant requestedStart;
    private final ProposalBasis basis;
    private final String proposedBy;
    private final Instant proposedAt;
    private MeasureStatus status;
    private String approvedBy;
    private Instant approvedAt;
    private Instant startsAt;
    private Instant until;
    private String endedBy;
    private Instant endedAt;
    private String endReason;
    private Objection objection;
    private final List<EarlierDecision> earlierDecisions;
    private boolean wronglyImposed;
    private final long version;
    private final ZoneId siteZone;

    /** Rebuilds a measure as stored; {@link #propose} makes a new one. */
    public Measure(UUID id, MeasureType type, SubjectKey subjectKey, String employeeId, String siteId,
                   BanTerms banTerms, StaffTerms staffTerms, Period duration, Instant requestedStart,
                   ProposalBasis basis, String proposedBy, Instant proposedAt, MeasureStatus status,
                   String approvedBy, Instant approvedAt, Instant startsAt, Instant until, String endedBy,
                   Instant endedAt, String endReason, Objection objection, List<EarlierDecision> earlierDecisions,
                   boolean wronglyImposed, long version, ZoneId siteZone) {
        this.id = Objects.requireNonNull(id, "id");
        this.type = Objects.requireNonNull(type, "type");
        this.subjectKey = subjectKey;
        this.employeeId = employeeId;
        this.siteId = Objects.requireNonNull(siteId, "siteId");
        this.banTerms = banTerms;
        this.staffTerms = staffTerms;
        this.duration = duration;
        this.requestedStart = requestedStart;
        this.basis = Objects.requireNonNull(basis, "basis");
        this.proposedBy = Objects.requireNonNull(proposedBy, "proposedBy");
        this.proposedAt = Objects.requireNonNull(proposedAt, "proposedAt");
        this.status = Objects.requireNonNull(status, "status");
        this.approvedBy = approvedBy;
        this.approvedAt = approvedAt;
        this.startsAt = startsAt;
        this.until = until;
        this.endedBy = endedBy;
        this.endedAt = endedAt;
        this.endReason = endReason;
        this.objection = objection;
        this.earlierDecisions = List.copyOf(earlierDecisions);
        this.wronglyImposed = wronglyImposed;
        this.version = version;
        this.siteZone = Objects.requireNonNull(siteZone, "siteZone");
    }

    /** A new measure and its proposal event. */
    public record Proposed(Measure measure, MeasureEvent event) {
    }

    /**
     * Proposes a measure. A customer measure names a subject key, a staff measure an employee and the
     * committee's advice; a ban has terms that fit its type and a duration; a suspension lasts its days.
     */
    public static Proposed propose(UUID id, MeasureType type, SubjectKey subjectKey, String employeeId, String siteId,
                                   BanTerms banTerms, StaffTerms staffTerms, Period duration, Instant requestedStart,
                                   ProposalBasis basis, String proposedBy, Instant now, ZoneId siteZone) {
        return propose(id, type, subjectKey, employeeId, siteId, banTerms, staffTerms, duration, requestedStart, basis,
                proposedBy, List.of(), now, siteZone);
    }

    /**
     * Proposes a measure that rests on earlier decisions (the incident's confirmation, the procedure's
     * decision); the people who took them never approve it.
     */
    public static Proposed propose(UUID id, MeasureType type, SubjectKey subjectKey, String employeeId, String siteId,
                                   BanTerms banTerms, StaffTerms staffTerms, Period duration, Instant requestedStart,
                                   ProposalBasis basis, String proposedBy, List<EarlierDecision> earlierDecisions,
                                   Instant now, ZoneId siteZone) {
        if (type.isStaffMeasure()) {
            if (employeeId == null || employeeId.isBlank() || subjectKey != null) {
                throw new RuleViolation("employeeId", "A staff measure names the employee, not a customer");
            }
            StaffTerms.checkFor(type, staffTerms);
            duration = type == MeasureType.SUSPENSION ? Period.ofDays(staffTerms.suspensionDays()) : null;
            banTerms = null;
        } else {
            if (subjectKey == null || employeeId != null) {
                throw new RuleViolation("subjectKey", "A customer measure names the customer's subject key");
            }
            if (staffTerms != null) {
                throw new RuleViolation("committeeAdvice", "Committee advice belongs to staff measures");
            }
            if (type.isBan()) {
                boolean fits = type == MeasureType.CONTACT_BAN ? banTerms instanceof ContactBanTerms
                        : banTerms instanceof EntryBanTerms;
                if (!fits) {
                    throw new RuleViolation(type == MeasureType.CONTACT_BAN ? "contact" : "entry",
                            "A " + wire(type) + " needs its terms");
                }
                if (duration == null || duration.isZero() || duration.isNegative()) {
                    throw new RuleViolation("duration", "A ban has a positive duration");
                }
            } else {
                banTerms = null;
                duration = null;
            }
        }
        Measure measure = new Measure(id, type, subjectKey, employeeId, siteId, banTerms, staffTerms, duration,
                requestedStart == null ? null : minute(requestedStart), basis, proposedBy, now,
                MeasureStatus.PROPOSED, null, null, null, null, null, null, null, null, earlierDecisions, false, 0,
                siteZone);
        return new Proposed(measure, MeasureEvent.of(MeasureEventKind.PROPOSED, id, now));
    }

    /**
     * Four eyes means two people: the approver is not the proposer, nor anyone who took a decision the measure
     * rests on ({@link EarlierDecision}); the answer is the reason code, empty when this person may approve.
     */
    public Optional<String> fourEyesRefusal(String userId) {
        if (userId.equals(proposedBy)) {
            return Optional.of(ApprovalCheck.PROPOSER);
        }
        return earlierDecisions.stream().filter(d -> d.userId().equals(userId)).findFirst()
                .map(d -> WireName.fromConstant(d.part().name()));
    }

    /**
     * Four eyes: a second person approves, never the proposer nor whoever decided what the measure rests on.
     * The measure starts at the requested start or now, whichever is later, to the minute, and is active at
     * once if that moment has come.
     */
    public List<MeasureEvent> approve(String approver, Instant now) {
        requireStatus("approved", MeasureStatus.PROPOSED);
        Optional<String> refusal = fourEyesRefusal(approver);
        if (refusal.isPresent()) {
            throw new AccessDenied(refusal.get(), ApprovalCheck.PROPOSER.equals(refusal.get())
                    ? "Four eyes: the proposer of a measure cannot approve it"
                    : "Four eyes: you took a decision this measure rests on (" + refusal.get()
                    + "); another person approves it");
        }
        Instant start = requestedStart != null && requestedStart.isAfter(now) ? requestedStart : minute(now);
        this.status = MeasureStatus.APPROVED;
        this.approvedBy = approver;
        this.approvedAt = now;
        this.startsAt = start;
        this.until = duration == null ? null : minute(start.atZone(siteZone).plus(duration).toInstant());
        List<MeasureEvent> events = new ArrayList<>();
        events.add(MeasureEvent.of(MeasureEventKind.APPROVED, id, now));
        events.addAll(advance(now));
        return events;
    }

    public MeasureEvent reject(String by, String reason, Instant now) {
        requireStatus("rejected", MeasureStatus.PROPOSED);
        end(MeasureStatus.REJECTED, by, requireReason(reason), now);
        return MeasureEvent.of(MeasureEventKind.REJECTED, id, now);
    }

    /**
     * Ends an approved or active measure before its end, with a reason. {@code wronglyImposed}: it should never
     * have been imposed (wrong person, facts not established) — then, like a measure overturned on objection, it
     * no longer counts as an earlier ban on the ladder. Lifted for any other reason (the customer apologised, a
     * settlement, a ban no longer needed) it still counts: the conduct happened and the ban was imposed; lifting
     * it early is leniency, not a finding that it was wrong, and seed 001's "bij recidive" is about the repeat.
     */
    public MeasureEvent lift(String by, String reason, boolean wronglyImposed, Instant now) {
        requireStatus("lifted", MeasureStatus.APPROVED, MeasureStatus.ACTIVE);
        end(MeasureStatus.LIFTED, by, requireReason(reason), now);
        this.wronglyImposed = wronglyImposed;
        return MeasureEvent.of(MeasureEventKind.LIFTED, id, now);
    }

    /** Moves an approved measure to active at its start, and an active one to expired at its end. */
    public List<MeasureEvent> advance(Instant now) {
        List<MeasureEvent> events = new ArrayList<>();
        if (status == MeasureStatus.APPROVED && !startsAt.isAfter(now)) {
            status = MeasureStatus.ACTIVE;
            events.add(MeasureEvent.of(MeasureEventKind.ACTIVATED, id, now));
        }
        if (status == MeasureStatus.ACTIVE && until != null && !until.isAfter(now)) {
            status = MeasureStatus.EXPIRED;
            endedAt = until;
            events.add(MeasureEvent.of(MeasureEventKind.EXPIRED, id, now));
        }
        return events;
    }

    /** Records an objection, at most one, within the objection window from notice (the approval). */
    public MeasureEvent fileObjection(String by, String grounds, Instant now) {
        requireStatus("objected to", MeasureStatus.APPROVED, MeasureStatus.ACTIVE);
        if (objection != null) {
            throw new IllegalTransition(AGGREGATE, "objected to already", "objected to again");
        }
        if (!now.isBefore(objectionDeadline())) {
            throw new RuleViolation("filedAt", "The term for an objection (" + ObjectionTerms.FILING.length().getDays()
                    + " days after notice) has passed");
        }
        objection = new Objection(by, now, grounds, ObjectionTerms.ANSWER.endsAt(now, siteZone), null, null, null, null,
                null);
        return MeasureEvent.of(MeasureEventKind.OBJECTION_FILED, id, now);
    }

    /**
     * Decides the pending objection. Overturned ends the measure now; shortened moves its end to an earlier
     * minute (ending it now if that has passed); upheld leaves it as it is. The reason code must fit the outcome
     * (a confirmed fact does not overturn a measure; {@link ObjectionReason}).
     */
    public List<MeasureEvent> decideObjection(String by, ObjectionOutcome outcome, ObjectionReason code, String reason,
                                              Instant newUntil, Instant now) {
        if (objection == null || objection.isDecided()) {
            throw new IllegalTransition(AGGREGATE, objection == null ? "without objection" : "decided on objection",
                    "decided on an objection");
        }
        Objects.requireNonNull(outcome, "outcome");
        objectionDeciderRefusal(by).ifPresent(refusal -> {
            throw new AccessDenied(refusal, "An objection is decided by a person other than the "
                    + refusal + " of the measure (seed 004: the objection is a second look)");
        });
        String why = requireReason(reason);
        Objects.requireNonNull(code, "reasonCode");
        if (!code.fits(outcome)) {
            throw new RuleViolation("reasonCode", "The reason " + wire(code) + " does not fit the outcome "
                    + wire(outcome));
        }
        List<MeasureEvent> events = new ArrayList<>();
        switch (outcome) {
            case UPHELD -> {
            }
            case OVERTURNED -> {
                if (status.isDecided()) {
                    end(MeasureStatus.LIFTED, by, "Objection upheld, measure overturned: " + why, now);
                }
            }
            case SHORTENED -> {
                if (!status.isDecided() || until == null) {
                    throw new RuleViolation("outcome", "Only a measure in force with an end can be shortened");
                }
                if (newUntil == null) {
                    throw new RuleViolation("until", "A shortened measure names its new end");
                }
                Instant shortened = minute(newUntil);
                if (!shortened.isBefore(until) || !shortened.isAfter(startsAt)) {
                    throw new RuleViolation("until", "The new end lies after the start and before the current end");
                }
                until = shortened;
            }
        }
        objection = objection.decided(outcome, code, by, now, why);
        events.add(MeasureEvent.of(MeasureEventKind.OBJECTION_DECIDED, id, now));
        events.addAll(advance(now));
        return events;
    }

    /**
     * Who may not decide the objection against this measure: its approver ({@code approver}) and its proposer
     * ({@code proposer}) — the objection asks for a second look, so the decision is another person's (issue 17).
     * Who they were comes from the measure's own records, never from the person deciding.
     */
    public Optional<String> objectionDeciderRefusal(String userId) {
        if (userId.equals(approvedBy)) {
            return Optional.of(ApprovalCheck.APPROVER);
        }
        if (userId.equals(proposedBy)) {
            return Optional.of(ApprovalCheck.PROPOSER);
        }
        return Optional.empty();
    }

    /** Approved or active, started and not ended at this instant: what the ban check asks. */
    public boolean inForceAt(Instant instant) {
        return status.isDecided() && !startsAt.isAfter(instant) && (until == null || instant.isBefore(until));
    }

    /** The end of the window to object: the end of the 14th day after approval, in the site's calendar. */
    public Instant objectionDeadline() {
        return approvedAt == null ? null : ObjectionTerms.FILING.endsAt(approvedAt, siteZone);
    }

    /** An objection overturned it: it does not count as an earlier measure for the ladder. */
    public boolean overturned() {
        return objection != null && objection.outcome() == ObjectionOutcome.OVERTURNED;
    }

    /** Lifted early because it should never have been imposed. */
    public boolean wronglyImposed() {
        return wronglyImposed;
    }

    /**
     * Whether it counts as an earlier measure on the ladder (seed 001, "bij recidive"): it was imposed (a second
     * person approved it) and was neither overturned on objection nor lifted as wrongly imposed. A proposal still
     * pending or rejected never counts; one that expired, or was lifted early for another reason, does.
     */
    public boolean countsOnLadder() {
        return approvedAt != null && !overturned() && !wronglyImposed;
    }

    /** The calendar of its site: the one its end and its objection terms are counted in. */
    public ZoneId siteZone() {
        return siteZone;
    }

    private void end(MeasureStatus to, String by, String reason, Instant now) {
        status = to;
        endedBy = by;
        endedAt = now;
        endReason = reason;
    }

    private void requireStatus(String action, MeasureStatus... allowed) {
        for (MeasureStatus s : allowed) {
            if (status == s) {
                return;
            }
        }
        throw new IllegalTransition(AGGREGATE, status.name().toLowerCase(Locale.ROOT), action);
    }

    private static String requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new RuleViolation("reason", "A reason is required");
        }
        return reason.strip();
    }

    static Instant minute(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MINUTES);
    }

    /** contact-ban, entry-ban, written-warning, ...: how types are named outside the service. */
    public static String wire(Enum<?> value) {
        return WireName.fromConstant(value.name());
    }

    public UUID id() {
        return id;
    }

    public MeasureType type() {
        return type;
    }

    public Optional<SubjectKey> subjectKey() {
        return Optional.ofNullable(subjectKey);
    }

    public Optional<String> employeeId() {
        return Optional.ofNullable(employeeId);
    }

    public String siteId() {
        return siteId;
    }

    public Optional<BanTerms> banTerms() {
        return Optional.ofNullable(banTerms);
    }

    public Optional<StaffTerms> staffTerms() {
        return Optional.ofNullable(staffTerms);
    }

    public Optional<Period> duration() {
        return Optional.ofNullable(duration);
    }

    public Optional<Instant> requestedStart() {
        return Optional.ofNullable(requestedStart);
    }

    public ProposalBasis basis() {
        return basis;
    }

    public String proposedBy() {
        return proposedBy;
    }

    public Instant proposedAt() {
        return proposedAt;
    }

    public List<EarlierDecision> earlierDecisions() {
        return earlierDecisions;
    }

    public MeasureStatus status() {
        return status;
    }

    public Optional<String> approvedBy() {
        return Optional.ofNullable(approvedBy);
    }

    public Optional<Instant> approvedAt() {
        return Optional.ofNullable(approvedAt);
    }

    public Optional<Instant> startsAt() {
        return Optional.ofNullable(startsAt);
    }

    public Optional<Instant> until() {
        return Optional.ofNullable(until);
    }

    public Optional<String> endedBy() {
        return Optional.ofNullable(endedBy);
    }

    public Optional<Instant> endedAt() {
        return Optional.ofNullable(endedAt);
    }

    public Optional<String> endReason() {
        return Optional.ofNullable(endReason);
    }

    public Optional<Objection> objection() {
        return Optional.ofNullable(objection);
    }

    public long version() {
        return version;
    }
}
