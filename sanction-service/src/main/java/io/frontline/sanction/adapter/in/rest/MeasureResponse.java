package io.frontline.sanction.adapter.in.rest;

import io.frontline.platform.domain.SubjectKey;
import io.frontline.platform.domain.WireName;
import io.frontline.sanction.application.domain.model.ApprovalCheck;
import io.frontline.sanction.application.domain.model.BanTerms;
import io.frontline.sanction.application.domain.model.ContactBanTerms;
import io.frontline.sanction.application.domain.model.EntryBanTerms;
import io.frontline.sanction.application.domain.model.HistoryItem;
import io.frontline.sanction.application.domain.model.Measure;
import io.frontline.sanction.application.domain.model.Objection;
import io.frontline.sanction.application.domain.model.ProposalBasis;
import io.frontline.sanction.application.domain.model.StaffTerms;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.Period;
import java.util.List;
import java.util.UUID;

/** A measure as its readers see it: terms, why it was proposed (rule and history), decision, end, objection. */
public record MeasureResponse(UUID id, String type, String status, String subjectKey, String employeeId,
                              String siteId, Contact contact, Entry entry, Staff staff, String duration,
                              Proposal proposal, String approvedBy, Instant approvedAt, Instant startsAt,
                              Instant until, String endedBy, Instant endedAt, String endReason,
                              Instant objectionDeadline, ObjectionView objection, boolean wronglyImposed,
                              Approval approval, Approval objectionDecision) {

    /**
     * Whether the caller may approve ({@code approval}) or decide the pending objection ({@code objectionDecision}),
     * and if not the reason code (four eyes: two different people; the objection is a second look by another).
     */
    public record Approval(boolean allowed, String reason) {
    }

    public record Contact(String scope, String departmentSite, String department, String employee,
                          List<String> channels, String alternativeChannel) {
    }

    public record Entry(String coverage, List<String> sites, String region) {
    }

    public record Staff(Integer suspensionDays, BigDecimal fineAmount, String transferToSite, String procedureReference,
                        String advisedMeasure, boolean followsAdvice, String departureReason) {
    }

    public record Proposal(String source, String rule, String explanation, List<HistoryItem> history,
                           UUID incidentId, boolean policeReportRecommended, String proposedBy, Instant proposedAt) {
    }

    /** {@code reasonCode}: the reason from the fixed list (null for a decision recorded before it existed). */
    public record ObjectionView(String filedBy, Instant filedAt, String grounds, Instant decisionDue, String outcome,
                                String reasonCode, String decidedBy, Instant decidedAt, String reason) {
    }

    static MeasureResponse of(Measure m) {
        return of(m, null, null);
    }

    static MeasureResponse of(Measure m, ApprovalCheck check, ApprovalCheck objectionCheck) {
        BanTerms terms = m.banTerms().orElse(null);
        Contact contact = terms instanceof ContactBanTerms c ? new Contact(WireName.of(c.scope()), c.departmentSiteId(),
                c.departmentId(), c.employeeId(), c.channels().stream().sorted().map(WireName::of).toList(),
                WireName.of(c.alternativeChannel())) : null;
        Entry entry = terms instanceof EntryBanTerms e ? new Entry(WireName.of(e.coverage()),
                e.siteIds().stream().sorted().toList(), e.regionId()) : null;
        StaffTerms s = m.staffTerms().orElse(null);
        Staff staff = s == null ? null : new Staff(s.suspensionDays(), s.fineAmount(), s.transferToSiteId(),
                s.procedureReference(), s.advisedMeasure(), s.followsAdvice(), s.departureReason());
        ProposalBasis b = m.basis();
        Objection o = m.objection().orElse(null);
        return new MeasureResponse(m.id(), WireName.of(m.type()), WireName.of(m.status()),
                m.subjectKey().map(SubjectKey::value).orElse(null), m.employeeId().orElse(null), m.siteId(), contact,
                entry, staff, m.duration().map(Period::toString).orElse(null),
                new Proposal(b.fromLadder() ? "ladder" : b.fromProcedure() ? "procedure" : "manual", b.rule(), b.explanation(), b.history(),
                        b.incidentId(), b.policeReportRecommended(), m.proposedBy(), m.proposedAt()),
                m.approvedBy().orElse(null), m.approvedAt().orElse(null), m.startsAt().orElse(null),
                m.until().orElse(null), m.endedBy().orElse(null), m.endedAt().orElse(null), m.endReason().orElse(null),
                m.objectionDeadline(), o == null ? null : new ObjectionView(o.filedBy(), o.filedAt(), o.grounds(),
                o.decisionDue(), WireName.of(o.outcome()), WireName.of(o.reasonCode()), o.decidedBy(), o.decidedAt(), o.decisionReason()),
                m.wronglyImposed(), approval(check), approval(objectionCheck));
    }

    private static Approval approval(ApprovalCheck check) {
        return check == null ? null : new Approval(check.allowed(), check.reason());
    }
}
