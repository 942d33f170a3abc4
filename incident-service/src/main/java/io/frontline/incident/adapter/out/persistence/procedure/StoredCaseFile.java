package io.frontline.incident.adapter.out.persistence.procedure;

import io.frontline.incident.application.domain.model.procedure.Adviser;
import io.frontline.incident.application.domain.model.procedure.CaseAdvice;
import io.frontline.incident.application.domain.model.procedure.Committee;
import io.frontline.incident.application.domain.model.procedure.CommitteeReport;
import io.frontline.incident.application.domain.model.procedure.CommitteeSeat;
import io.frontline.incident.application.domain.model.procedure.CommitteeVote;
import io.frontline.incident.application.domain.model.procedure.ExpertEngagement;
import io.frontline.incident.application.domain.model.procedure.Finding;
import io.frontline.incident.application.domain.model.procedure.FormalComplaint;
import io.frontline.incident.application.domain.model.procedure.Hearing;
import io.frontline.incident.application.domain.model.procedure.HearingAcknowledgement;
import io.frontline.incident.application.domain.model.procedure.InterimMeasureKind;
import io.frontline.incident.application.domain.model.procedure.InterimMeasureRequest;
import io.frontline.incident.application.domain.model.procedure.ManagementDecision;
import io.frontline.incident.application.domain.model.procedure.Objection;
import io.frontline.incident.application.domain.model.procedure.PartySide;
import io.frontline.incident.application.domain.model.procedure.PositionStatement;
import io.frontline.incident.application.domain.model.procedure.StaffSanction;
import io.frontline.incident.application.domain.model.procedure.StaffSanctionType;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * The case file of a formal complaint as its row stores it (the JSON column {@code case_file}): everything recorded
 * besides the indexed columns, in shapes of its own, so renaming or reshaping a domain record cannot silently change
 * stored rows or break reading the ones written before (CONTRIBUTING.md, "One persistence rule"). Enums by their
 * constant names. The field names are the ones case files have been stored with since V20; a list or set missing
 * from an older row reads as empty.
 */
record StoredCaseFile(String complaint, String filedBy, StoredCommittee committee, List<StoredHearing> hearings,
                      List<StoredPosition> positions, List<StoredAdviser> advisers, List<StoredExpert> experts,
                      List<StoredInterimMeasure> interimMeasures, List<StoredVote> votes, StoredReport report,
                      StoredDecision decision, List<StoredObjection> objections, Set<String> announcedMissedTerms) {

    static StoredCaseFile of(FormalComplaint c) {
        return new StoredCaseFile(c.complaint(), c.filedBy(), StoredCommittee.of(c.committee()),
                map(c.hearings(), StoredHearing::of), map(c.positions(), StoredPosition::of),
                map(c.advisers(), StoredAdviser::of), map(c.experts(), StoredExpert::of),
                map(c.interimMeasures(), StoredInterimMeasure::of), map(c.votes(), StoredVote::of),
                c.report().map(StoredReport::of).orElse(null), c.decision().map(StoredDecision::of).orElse(null),
                map(c.objections(), StoredObjection::of), new LinkedHashSet<>(c.announcedMissedTerms()));
    }

    List<Hearing> hearingsToDomain() {
        return map(hearings, StoredHearing::toDomain);
    }

    List<PositionStatement> positionsToDomain() {
        return map(positions, StoredPosition::toDomain);
    }

    List<Adviser> advisersToDomain() {
        return map(advisers, StoredAdviser::toDomain);
    }

    List<ExpertEngagement> expertsToDomain() {
        return map(experts, StoredExpert::toDomain);
    }

    List<InterimMeasureRequest> interimMeasuresToDomain() {
        return map(interimMeasures, StoredInterimMeasure::toDomain);
    }

    List<CommitteeVote> votesToDomain() {
        return map(votes, StoredVote::toDomain);
    }

    CommitteeReport reportToDomain() {
        return report == null ? null : report.toDomain();
    }

    ManagementDecision decisionToDomain() {
        return decision == null ? null : decision.toDomain();
    }

    List<Objection> objectionsToDomain() {
        return map(objections, StoredObjection::toDomain);
    }

    Set<String> announcedMissedTermsToDomain() {
        return announcedMissedTerms == null ? Set.of() : announcedMissedTerms;
    }

    private static <A, B> List<B> map(List<A> items, Function<A, B> f) {
        return items == null ? List.of() : items.stream().map(f).toList();
    }

    private static <E extends Enum<E>> E constant(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }

    private static String constantName(Enum<?> constant) {
        return constant == null ? null : constant.name();
    }

    /** Seat (constant name) to member. */
    record StoredCommittee(Map<String, String> members) {
        static StoredCommittee of(Committee c) {
            Map<String, String> members = new LinkedHashMap<>();
            new EnumMap<>(c.members()).forEach((seat, member) -> members.put(seat.name(), member));
            return new StoredCommittee(members);
        }

        Committee toDomain() {
            Map<CommitteeSeat, String> seats = new EnumMap<>(CommitteeSeat.class);
            members.forEach((seat, member) -> seats.put(CommitteeSeat.valueOf(seat), member));
            return new Committee(seats);
        }
    }

    record StoredAcknowledgement(String person, boolean seen, String refusalReason) {
        static StoredAcknowledgement of(HearingAcknowledgement a) {
            return new StoredAcknowledgement(a.person(), a.seen(), a.refusalReason());
        }

        HearingAcknowledgement toDomain() {
            return new HearingAcknowledgement(person, seen, refusalReason);
        }
    }

    record StoredHearing(UUID id, Instant heldAt, String recordedBy, List<String> heard, String record,
                         List<StoredAcknowledgement> acknowledgements) {
        static StoredHearing of(Hearing h) {
            return new StoredHearing(h.id(), h.heldAt(), h.recordedBy(), h.heard(), h.record(),
                    map(h.acknowledgements(), StoredAcknowledgement::of));
        }

        Hearing toDomain() {
            return new Hearing(id, heldAt, recordedBy, heard == null ? List.of() : heard, record,
                    map(acknowledgements, StoredAcknowledgement::toDomain));
        }
    }

    record StoredPosition(UUID id, String side, String text, UUID inReplyTo, Instant submittedAt) {
        static StoredPosition of(PositionStatement p) {
            return new StoredPosition(p.id(), constantName(p.side()), p.text(), p.inReplyTo(), p.submittedAt());
        }

        PositionStatement toDomain() {
            return new PositionStatement(id, constant(PartySide.class, side), text, inReplyTo, submittedAt);
        }
    }

    record StoredAdviser(String side, String name, Instant appointedAt) {
        static StoredAdviser of(Adviser a) {
            return new StoredAdviser(constantName(a.side()), a.name(), a.appointedAt());
        }

        Adviser toDomain() {
            return new Adviser(constant(PartySide.class, side), name, appointedAt);
        }
    }

    record StoredExpert(String expertise, String engagedBy, Instant engagedAt) {
        static StoredExpert of(ExpertEngagement e) {
            return new StoredExpert(e.expertise(), e.engagedBy(), e.engagedAt());
        }

        ExpertEngagement toDomain() {
            return new ExpertEngagement(expertise, engagedBy, engagedAt);
        }
    }

    record StoredInterimMeasure(String kind, String reason, String requestedBy, Instant requestedAt) {
        static StoredInterimMeasure of(InterimMeasureRequest r) {
            return new StoredInterimMeasure(constantName(r.kind()), r.reason(), r.requestedBy(), r.requestedAt());
        }

        InterimMeasureRequest toDomain() {
            return new InterimMeasureRequest(constant(InterimMeasureKind.class, kind), reason, requestedBy, requestedAt);
        }
    }

    record StoredVote(String member, String finding, Instant castAt) {
        static StoredVote of(CommitteeVote v) {
            return new StoredVote(v.member(), constantName(v.finding()), v.castAt());
        }

        CommitteeVote toDomain() {
            return new CommitteeVote(member, constant(Finding.class, finding), castAt);
        }
    }

    record StoredSanction(String type, Integer suspensionDays, BigDecimal fineAmount) {
        static StoredSanction of(StaffSanction s) {
            return s == null ? null : new StoredSanction(s.type().name(), s.suspensionDays(), s.fineAmount());
        }

        static StaffSanction toDomain(StoredSanction s) {
            return s == null ? null
                    : new StaffSanction(StaffSanctionType.valueOf(s.type), s.suspensionDays, s.fineAmount);
        }
    }

    record StoredAdvice(StoredSanction sanction, String measures) {
        static StoredAdvice of(CaseAdvice a) {
            return a == null ? null : new StoredAdvice(StoredSanction.of(a.sanction()), a.measures());
        }

        static CaseAdvice toDomain(StoredAdvice a) {
            return a == null ? null : new CaseAdvice(StoredSanction.toDomain(a.sanction), a.measures);
        }
    }

    record StoredReport(String complainant, String accused, List<String> affected, String complaint, String finding,
                        StoredAdvice caseAdvice, String generalAdvice, Instant issuedAt) {
        static StoredReport of(CommitteeReport r) {
            return new StoredReport(r.complainant(), r.accused(), r.affected(), r.complaint(), constantName(r.finding()),
                    StoredAdvice.of(r.caseAdvice()), r.generalAdvice(), r.issuedAt());
        }

        CommitteeReport toDomain() {
            return new CommitteeReport(complainant, accused, affected == null ? List.of() : affected, complaint,
                    constant(Finding.class, finding), StoredAdvice.toDomain(caseAdvice), generalAdvice, issuedAt);
        }
    }

    record StoredDecision(String decidedBy, String finding, StoredSanction sanction, String sanctionedEmployee,
                          String measures, boolean followsAdvice, String departureReasons, Instant decidedAt,
                          String siteId, String transferToSiteId) {
        static StoredDecision of(ManagementDecision d) {
            return new StoredDecision(d.decidedBy(), constantName(d.finding()), StoredSanction.of(d.sanction()),
                    d.sanctionedEmployee(), d.measures(), d.followsAdvice(), d.departureReasons(), d.decidedAt(),
                    d.siteId(), d.transferToSiteId());
        }

        ManagementDecision toDomain() {
            return new ManagementDecision(decidedBy, constant(Finding.class, finding),
                    StoredSanction.toDomain(sanction), sanctionedEmployee, measures, followsAdvice, departureReasons,
                    decidedAt, siteId, transferToSiteId);
        }
    }

    record StoredObjection(UUID id, String side, String objector, String reasons, Instant filedAt, String answer,
                           String answeredBy, Instant answeredAt) {
        static StoredObjection of(Objection o) {
            return new StoredObjection(o.id(), constantName(o.side()), o.objector(), o.reasons(), o.filedAt(), o.answer(),
                    o.answeredBy(), o.answeredAt());
        }

        Objection toDomain() {
            return new Objection(id, constant(PartySide.class, side), objector, reasons, filedAt, answer, answeredBy,
                    answeredAt);
        }
    }
}
