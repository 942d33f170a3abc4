package io.frontline.incident.adapter.in.rest.procedure;

import io.frontline.incident.application.domain.model.procedure.CommitteeReport;
import io.frontline.incident.application.domain.model.procedure.CounsellorNote;
import io.frontline.incident.application.domain.model.procedure.Hearing;
import io.frontline.incident.application.domain.model.procedure.ManagementDecision;
import io.frontline.incident.application.domain.model.procedure.NoteReadAttempt;
import io.frontline.incident.application.domain.model.procedure.Objection;
import io.frontline.incident.application.domain.model.procedure.StaffSanction;
import io.frontline.incident.application.domain.model.procedure.TermState;
import io.frontline.incident.application.port.in.procedure.FormalComplaintView;
import io.frontline.incident.application.port.in.procedure.MyFormalComplaint;
import io.frontline.platform.domain.WireName;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Response bodies of the unwanted-behaviour procedure. A reader gets only the parts of a case the application
 * gave them ({@link FormalComplaintView}); absent parts are left out, not sent empty.
 */
final class ProcedureResponses {
    private ProcedureResponses() {
    }

    static Map<String, Object> complaint(FormalComplaintView v) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", v.id());
        body.put("reference", v.reference());
        body.put("readAs", WireName.of(v.audience()));
        body.put("status", WireName.of(v.status()));
        body.put("complainant", v.complainant());
        body.put("accused", v.accused());
        body.put("complaint", v.complaint());
        body.put("receivedAt", v.receivedAt());
        body.put("hearingsDueAt", v.hearingsDueAt());
        body.put("reportDueAt", v.reportDueAt());
        putIfPresent(body, "decisionDueAt", v.decisionDueAt());
        putIfPresent(body, "objectionDueAt", v.objectionDueAt());
        body.put("hearings", v.hearings().stream().map(ProcedureResponses::hearing).toList());
        body.put("positions", v.positions().stream().map(p -> map("id", p.id(), "side", WireName.of(p.side()),
                "text", p.text(), "inReplyTo", p.inReplyTo(), "submittedAt", p.submittedAt())).toList());
        body.put("advisers", v.advisers().stream().map(a -> map("side", WireName.of(a.side()), "name", a.name(),
                "appointedAt", a.appointedAt())).toList());
        body.put("experts", v.experts().stream().map(e -> map("expertise", e.expertise(),
                "engagedAt", e.engagedAt())).toList());
        body.put("interimMeasures", v.interimMeasures().stream().map(m -> map("measure", WireName.of(m.kind()),
                "reason", m.reason(), "requestedAt", m.requestedAt())).toList());
        if (v.votes() != null) {
            body.put("votes", v.votes().stream().map(vote -> map("member", vote.member(),
                    "finding", WireName.of(vote.finding()), "castAt", vote.castAt())).toList());
        }
        if (v.report() != null) {
            body.put("report", report(v.report()));
        }
        if (v.decision() != null) {
            body.put("decision", decision(v.decision()));
        }
        body.put("objections", v.objections().stream().map(ProcedureResponses::objection).toList());
        body.put("terms", v.terms().stream().map(ProcedureResponses::term).toList());
        return body;
    }

    /** A statutory term: {@code term}, {@code dueAt}, {@code metAt} (absent while open), {@code missedNoticeSent}. */
    static Map<String, Object> term(TermState t) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("term", WireName.of(t.term()));
        putIfPresent(body, "objectionId", t.objectionId());
        body.put("dueAt", t.dueAt());
        putIfPresent(body, "metAt", t.metAt());
        body.put("missedNoticeSent", t.missedNoticeSent());
        return body;
    }

    /** A line of "my formal complaints". */
    static Map<String, Object> mine(MyFormalComplaint c) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", c.id());
        body.put("reference", c.reference());
        body.put("status", WireName.of(c.status()));
        body.put("receivedAt", c.receivedAt());
        body.put("readAs", WireName.of(c.readAs()));
        body.put("cannotSit", c.cannotSit());
        if (c.nextTerm() != null) {
            body.put("nextTerm", term(c.nextTerm()));
        }
        return body;
    }

    static Map<String, Object> hearing(Hearing h) {
        return map("id", h.id(), "heldAt", h.heldAt(), "recordedBy", h.recordedBy(), "heard", h.heard(),
                "record", h.record(), "acknowledgements", h.acknowledgements().stream()
                        .map(a -> map("person", a.person(), "seen", a.seen(), "refusalReason", a.refusalReason()))
                        .toList());
    }

    static Map<String, Object> report(CommitteeReport r) {
        return map("complainant", r.complainant(), "accused", r.accused(), "affected", r.affected(),
                "complaint", r.complaint(), "finding", WireName.of(r.finding()),
                "caseAdvice", map("sanction", sanction(r.caseAdvice().sanction()),
                        "measures", r.caseAdvice().measures()),
                "generalAdvice", r.generalAdvice(), "issuedAt", r.issuedAt());
    }

    static Map<String, Object> decision(ManagementDecision d) {
        return map("finding", WireName.of(d.finding()), "sanction", sanction(d.sanction()),
                "sanctionedEmployee", d.sanctionedEmployee(), "measures", d.measures(),
                "followsAdvice", d.followsAdvice(), "departureReasons", d.departureReasons(),
                "decidedAt", d.decidedAt(), "decidedBy", d.decidedBy(), "site", d.siteId(),
                "transferToSite", d.transferToSiteId());
    }

    static Map<String, Object> objection(Objection o) {
        return map("id", o.id(), "side", WireName.of(o.side()), "objector", o.objector(), "reasons", o.reasons(),
                "filedAt", o.filedAt(), "answer", o.answer(), "answeredAt", o.answeredAt());
    }

    static Map<String, Object> note(CounsellorNote n) {
        return map("id", n.id(), "counsellor", n.counsellor(), "reporter", n.reporter().orElse(null),
                "anonymous", n.reporter().isEmpty(), "reporterHasAccount", n.reporterHasAccount(), "text", n.text(),
                "writtenAt", n.writtenAt(), "consents", consents(n),
                "actions", n.actions().stream().map(a -> map("purpose", WireName.of(a.purpose()),
                        "description", a.description(), "takenAt", a.takenAt())).toList());
    }

    /** What the reporter sees of a note: who holds it and their consents, never the counsellor's text. */
    static Map<String, Object> reportersView(CounsellorNote n) {
        return map("id", n.id(), "counsellor", n.counsellor(), "writtenAt", n.writtenAt(), "consents", consents(n));
    }

    private static List<Map<String, Object>> consents(CounsellorNote n) {
        return n.consents().stream().map(c -> map("purpose", WireName.of(c.purpose()), "givenAt", c.givenAt(),
                "how", c.how() == null ? null : WireName.of(c.how()), "recordedBy", c.recordedBy(),
                "withdrawnAt", c.withdrawnAt())).toList();
    }

    static Map<String, Object> readAttempt(NoteReadAttempt a) {
        return map("noteId", a.noteId(), "reader", a.reader(), "attemptedAt", a.attemptedAt(),
                "granted", a.granted());
    }

    private static Map<String, Object> sanction(StaffSanction s) {
        return s == null ? null : map("type", WireName.of(s.type()), "suspensionDays", s.suspensionDays(),
                "fineAmount", s.fineAmount());
    }

    private static void putIfPresent(Map<String, Object> body, String key, Object value) {
        if (value != null) {
            body.put(key, value);
        }
    }

    /** An ordered map that, unlike Map.of, takes null values. */
    static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

}
