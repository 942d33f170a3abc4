package io.frontline.notification.adapter.in.messaging;

import io.frontline.notification.application.port.in.RouteEventCommand;
import io.frontline.platform.events.EventCodec;
import io.frontline.platform.events.EventEnvelope;
import io.frontline.platform.events.complaint.ComplaintAcknowledgedV1;
import io.frontline.platform.events.complaint.ComplaintAssignedV1;
import io.frontline.platform.events.complaint.ComplaintDueSoonV1;
import io.frontline.platform.events.complaint.ComplaintEscalatedV1;
import io.frontline.platform.events.complaint.ComplaintEscalationRequestedV1;
import io.frontline.platform.events.complaint.ComplaintEventTypes;
import io.frontline.platform.events.complaint.ComplaintHarassmentConfirmedV1;
import io.frontline.platform.events.complaint.ComplaintOverdueV1;
import io.frontline.platform.events.complaint.ComplaintQuestionAskedV1;
import io.frontline.platform.events.complaint.ComplaintReceivedV1;
import io.frontline.platform.events.complaint.ComplaintRejectedV1;
import io.frontline.platform.events.complaint.ComplaintReopenedV1;
import io.frontline.platform.events.complaint.ComplaintResolvedV1;
import io.frontline.platform.events.incident.CareTaskOverdueV1;
import io.frontline.platform.events.incident.IncidentClosedV1;
import io.frontline.platform.events.incident.IncidentConfirmedV1;
import io.frontline.platform.events.incident.IncidentEscalatedV1;
import io.frontline.platform.events.incident.IncidentEventTypes;
import io.frontline.platform.events.incident.IncidentReportedV1;
import io.frontline.platform.events.incident.IncidentTriagedV1;
import io.frontline.platform.events.incident.IncidentUnfoundedV1;
import io.frontline.platform.events.incident.LiveAlertV1;
import io.frontline.platform.events.incident.SuggestionActedOnV1;
import io.frontline.platform.events.incident.PatternDetectedV1;
import io.frontline.platform.events.prevention.PartnerReportConcludedV1;
import io.frontline.platform.events.prevention.PartnerReportReceivedV1;
import io.frontline.platform.events.prevention.PolicyPublishedV1;
import io.frontline.platform.events.prevention.PreventionEventTypes;
import io.frontline.platform.events.prevention.TrainingOverdueV1;
import io.frontline.platform.events.procedure.ProcedureComplaintFiledV1;
import io.frontline.platform.events.procedure.ProcedureDecisionTakenV1;
import io.frontline.platform.events.procedure.ProcedureEventTypes;
import io.frontline.platform.events.procedure.ProcedureHearingHeldV1;
import io.frontline.platform.events.procedure.ProcedureInterimMeasureRequestedV1;
import io.frontline.platform.events.procedure.ProcedureObjectionAnsweredV1;
import io.frontline.platform.events.procedure.ProcedureObjectionFiledV1;
import io.frontline.platform.events.procedure.ProcedureReportIssuedV1;
import io.frontline.platform.events.procedure.ProcedureTermMissedV1;
import io.frontline.platform.events.sanction.BanNoticeIssuedV1;
import io.frontline.platform.events.sanction.BanViolatedV1;
import io.frontline.platform.events.sanction.MeasureActivatedV1;
import io.frontline.platform.events.sanction.MeasureApprovedV1;
import io.frontline.platform.events.sanction.MeasureExpiredV1;
import io.frontline.platform.events.sanction.MeasureLiftedV1;
import io.frontline.platform.events.sanction.MeasureProposedV1;
import io.frontline.platform.events.sanction.MeasureRejectedV1;
import io.frontline.platform.events.sanction.ObjectionDecidedV1;
import io.frontline.platform.events.sanction.ObjectionFiledV1;
import io.frontline.platform.events.sanction.ObjectionTermMissedV1;
import io.frontline.platform.events.sanction.SanctionEventTypes;
import io.frontline.platform.events.sanction.SeenAtDoorV1;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Reads an event of another service by its contract into what routing needs: severity (incidents only),
 * site, reference (CMP-/INC-/UB-, the call id of a live alert, none for sanctions), and the facts the
 * notices show or routing uses. Subject keys and free text (reasons) are left out on purpose. One small reader
 * per event type, in a table: a new event type is one more line, not one more branch.
 */
final class EventFacts {
    private static final Map<String, Reader<?>> READERS = new HashMap<>();

    static {
        on(ComplaintEventTypes.RECEIVED_V1, ComplaintReceivedV1.class, d -> new Routing(d.siteId(), d.reference(), null),
                (d, f) -> f.put("complaintId", d.complaintId()).put("channel", d.channel()).put("category", d.category())
                        .put("receivedAt", d.receivedAt()).put("responseDue", d.responseDue()));
        on(ComplaintEventTypes.ACKNOWLEDGED_V1, ComplaintAcknowledgedV1.class, d -> new Routing(d.siteId(), d.reference(), null),
                (d, f) -> f.put("complaintId", d.complaintId()).put("acknowledgedAt", d.acknowledgedAt()).put("responseDue", d.responseDue()));
        on(ComplaintEventTypes.ASSIGNED_V1, ComplaintAssignedV1.class, d -> new Routing(d.siteId(), d.reference(), null),
                (d, f) -> f.put("complaintId", d.complaintId()).put("assignee", d.assignee()).put("assignedAt", d.assignedAt())
                        .put("actedBy", d.actedBy()));
        on(ComplaintEventTypes.ESCALATED_V1, ComplaintEscalatedV1.class, d -> new Routing(d.siteId(), d.reference(), null),
                (d, f) -> f.put("complaintId", d.complaintId()).put("level", d.level()).put("escalatedAt", d.escalatedAt())
                        .put("actedBy", d.actedBy()));
        on(ComplaintEventTypes.DUE_SOON_V1, ComplaintDueSoonV1.class, d -> new Routing(d.siteId(), d.reference(), null),
                (d, f) -> f.put("complaintId", d.complaintId()).put("percentOfTerm", d.percentOfTerm())
                        .put("responseDue", d.responseDue()).put("assignee", d.assignee()));
        on(ComplaintEventTypes.OVERDUE_V1, ComplaintOverdueV1.class, d -> new Routing(d.siteId(), d.reference(), null),
                (d, f) -> f.put("complaintId", d.complaintId()).put("responseDue", d.responseDue()).put("assignee", d.assignee()));
        on(ComplaintEventTypes.HARASSMENT_CONFIRMED_V1, ComplaintHarassmentConfirmedV1.class, d -> new Routing(d.siteId(), d.reference(), null),
                (d, f) -> f.put("complaintId", d.complaintId()).put("indicators", join(d.indicators()))
                        .put("confirmedAt", d.confirmedAt()));
        on(ComplaintEventTypes.RESOLVED_V1, ComplaintResolvedV1.class, d -> new Routing(d.siteId(), d.reference(), null),
                (d, f) -> f.put("complaintId", d.complaintId()).put("resolvedAt", d.resolvedAt()).put("withinTerm", d.withinTerm())
                        .put("actedBy", d.actedBy()));
        on(ComplaintEventTypes.REJECTED_V1, ComplaintRejectedV1.class, d -> new Routing(d.siteId(), d.reference(), null),
                (d, f) -> f.put("complaintId", d.complaintId()).put("rejectedAt", d.rejectedAt()).put("withinTerm", d.withinTerm())
                        .put("actedBy", d.actedBy()));
        on(ComplaintEventTypes.REOPENED_V1, ComplaintReopenedV1.class, d -> new Routing(d.siteId(), d.reference(), null),
                (d, f) -> f.put("complaintId", d.complaintId()).put("reopenedAt", d.reopenedAt()).put("responseDue", d.responseDue()));
        on(ComplaintEventTypes.ESCALATION_REQUESTED_V1, ComplaintEscalationRequestedV1.class, d -> new Routing(d.siteId(), d.reference(), null),
                (d, f) -> f.put("complaintId", d.complaintId()).put("level", d.level()).put("requestedAt", d.requestedAt()));
        on(ComplaintEventTypes.QUESTION_ASKED_V1, ComplaintQuestionAskedV1.class, d -> new Routing(d.siteId(), d.reference(), null),
                (d, f) -> f.put("complaintId", d.complaintId()).put("askedAt", d.askedAt()));
        on(IncidentEventTypes.REPORTED_V1, IncidentReportedV1.class, d -> new Routing(d.siteId(), d.reference(), d.severity()),
                (d, f) -> f.put("incidentId", d.incidentId()).put("types", join(d.types())).put("source", d.source())
                        .put("occurredAt", d.occurredAt()).put("reportedAt", d.reportedAt()));
        on(IncidentEventTypes.CONFIRMED_V1, IncidentConfirmedV1.class, d -> new Routing(d.siteId(), d.reference(), d.severity()),
                (d, f) -> f.put("incidentId", d.incidentId()).put("types", join(d.types()))
                        .put("policeReportRecommended", d.policeReportRecommended()).put("confirmedAt", d.confirmedAt())
                        .put("actedBy", d.actedBy()));
        on(IncidentEventTypes.TRIAGED_V1, IncidentTriagedV1.class, d -> new Routing(d.siteId(), d.reference(), d.severity()),
                (d, f) -> f.put("incidentId", d.incidentId()).put("triagedAt", d.triagedAt()).put("actedBy", d.actedBy()));
        on(IncidentEventTypes.ESCALATED_V1, IncidentEscalatedV1.class, d -> new Routing(d.siteId(), d.reference(), d.severity()),
                (d, f) -> f.put("incidentId", d.incidentId()).put("types", join(d.types()))
                        .put("policeReportRecommended", d.policeReportRecommended()).put("escalatedAt", d.escalatedAt()));
        on(IncidentEventTypes.UNFOUNDED_V1, IncidentUnfoundedV1.class, d -> new Routing(d.siteId(), d.reference(), null),
                (d, f) -> f.put("incidentId", d.incidentId()).put("decidedAt", d.decidedAt()));
        on(IncidentEventTypes.CLOSED_V1, IncidentClosedV1.class, d -> new Routing(d.siteId(), d.reference(), null),
                (d, f) -> f.put("incidentId", d.incidentId()).put("outcome", d.outcome()).put("closedAt", d.closedAt()));
        on(IncidentEventTypes.CARE_TASK_OVERDUE_V1, CareTaskOverdueV1.class, d -> new Routing(d.siteId(), d.reference(), null),
                (d, f) -> f.put("incidentId", d.incidentId()).put("task", d.task()).put("dueAt", d.dueAt()));
        on(IncidentEventTypes.PATTERN_DETECTED_V1, PatternDetectedV1.class, d -> new Routing(null, null, null),
                (d, f) -> f.put("incidentCount", d.incidentCount()).put("sites", join(d.siteIds()))
                        .put("windowStart", d.windowStart()).put("windowEnd", d.windowEnd()));
        on(IncidentEventTypes.LIVE_ALERT_V1, LiveAlertV1.class, d -> new Routing(d.siteId(), d.callId(), null),
                (d, f) -> f.put("callId", d.callId()).put("agentId", d.agentId()).put("rule", d.rule())
                        .put("suggestedIncidentId", d.suggestedIncidentId()).put("detectedAt", d.detectedAt()));
        on(IncidentEventTypes.SUGGESTION_ACTED_ON_V1, SuggestionActedOnV1.class, d -> new Routing(d.siteId(), d.callId(), null),
                (d, f) -> f.put("callId", d.callId()).put("suggestedIncidentId", d.suggestionId()).put("action", d.action())
                        .put("actedBy", d.actedBy()).put("actedAt", d.actedAt()).put("incidentId", d.incidentId()));
        on(ProcedureEventTypes.COMPLAINT_FILED_V1, ProcedureComplaintFiledV1.class, d -> new Routing(null, d.reference(), null),
                (d, f) -> f.put("complaintId", d.complaintId()).put("complainantUserId", d.complainantUserId())
                        .put("accusedUserId", d.accusedUserId()).put("receivedAt", d.receivedAt())
                        .put("hearingsDueAt", d.hearingsDueAt()).put("reportDueAt", d.reportDueAt()));
        on(ProcedureEventTypes.HEARING_HELD_V1, ProcedureHearingHeldV1.class, d -> new Routing(null, d.reference(), null),
                (d, f) -> f.put("complaintId", d.complaintId()).put("heardSides", join(d.heardSides())).put("heldAt", d.heldAt()));
        on(ProcedureEventTypes.INTERIM_MEASURE_REQUESTED_V1, ProcedureInterimMeasureRequestedV1.class, d -> new Routing(null, d.reference(), null),
                (d, f) -> f.put("complaintId", d.complaintId()).put("measure", d.measure()).put("requestedAt", d.requestedAt()));
        on(ProcedureEventTypes.REPORT_ISSUED_V1, ProcedureReportIssuedV1.class, d -> new Routing(null, d.reference(), null),
                (d, f) -> f.put("complaintId", d.complaintId()).put("complainantUserId", d.complainantUserId())
                        .put("accusedUserId", d.accusedUserId()).put("issuedAt", d.issuedAt())
                        .put("decisionDueAt", d.decisionDueAt()));
        on(ProcedureEventTypes.DECISION_TAKEN_V1, ProcedureDecisionTakenV1.class, d -> new Routing(null, d.reference(), null),
                (d, f) -> f.put("complaintId", d.complaintId()).put("complainantUserId", d.complainantUserId())
                        .put("accusedUserId", d.accusedUserId()).put("finding", d.finding())
                        .put("followsAdvice", d.followsAdvice()).put("decidedAt", d.decidedAt())
                        .put("objectionDueAt", d.objectionDueAt())
                        .put("sanctionType", d.sanction() == null ? null : d.sanction().type()));
        on(ProcedureEventTypes.OBJECTION_FILED_V1, ProcedureObjectionFiledV1.class, d -> new Routing(null, d.reference(), null),
                (d, f) -> f.put("complaintId", d.complaintId()).put("objectingSide", d.objectingSide())
                        .put("filedAt", d.filedAt()).put("answerDueAt", d.answerDueAt()));
        on(ProcedureEventTypes.OBJECTION_ANSWERED_V1, ProcedureObjectionAnsweredV1.class, d -> new Routing(null, d.reference(), null),
                (d, f) -> f.put("complaintId", d.complaintId()).put("objectorUserId", d.objectorUserId())
                        .put("answeredAt", d.answeredAt()));
        on(ProcedureEventTypes.TERM_MISSED_V1, ProcedureTermMissedV1.class, d -> new Routing(null, d.reference(), null),
                (d, f) -> f.put("complaintId", d.complaintId()).put("term", d.term()).put("dueAt", d.dueAt())
                        .put("expectedBy", d.expectedBy()).put("expectedHandlingDays", d.expectedHandlingDays())
                        .put("complainantUserId", d.complainantUserId()).put("accusedUserId", d.accusedUserId()));
        on(SanctionEventTypes.PROPOSED_V1, MeasureProposedV1.class, d -> new Routing(d.siteId(), null, null),
                (d, f) -> f.put("measureId", d.measureId()).put("measureType", d.measureType()).put("source", d.source())
                        .put("rule", d.rule()).put("incidentId", d.incidentId()).put("duration", d.duration())
                        .put("coverage", d.coverage()).put("policeReportRecommended", d.policeReportRecommended())
                        .put("proposedBy", d.proposedBy()));
        on(SanctionEventTypes.APPROVED_V1, MeasureApprovedV1.class, d -> new Routing(d.siteId(), null, null),
                (d, f) -> f.put("measureId", d.measureId()).put("measureType", d.measureType()).put("approvedBy", d.approvedBy())
                        .put("startsAt", d.startsAt()).put("until", d.until()));
        on(SanctionEventTypes.ACTIVATED_V1, MeasureActivatedV1.class, d -> new Routing(d.siteId(), null, null),
                (d, f) -> f.put("measureId", d.measureId()).put("measureType", d.measureType()).put("startsAt", d.startsAt())
                        .put("until", d.until()));
        on(SanctionEventTypes.EXPIRED_V1, MeasureExpiredV1.class, d -> new Routing(d.siteId(), null, null),
                (d, f) -> f.put("measureId", d.measureId()).put("measureType", d.measureType()).put("expiredAt", d.expiredAt()));
        on(SanctionEventTypes.LIFTED_V1, MeasureLiftedV1.class, d -> new Routing(d.siteId(), null, null),
                (d, f) -> f.put("measureId", d.measureId()).put("measureType", d.measureType()).put("liftedBy", d.liftedBy())
                        .put("liftedAt", d.liftedAt()));
        on(SanctionEventTypes.REJECTED_V1, MeasureRejectedV1.class, d -> new Routing(d.siteId(), null, null),
                (d, f) -> f.put("measureId", d.measureId()).put("measureType", d.measureType()).put("rejectedBy", d.rejectedBy())
                        .put("rejectedAt", d.rejectedAt()));
        on(SanctionEventTypes.OBJECTION_FILED_V1, ObjectionFiledV1.class, d -> new Routing(d.siteId(), null, null),
                (d, f) -> f.put("measureId", d.measureId()).put("measureType", d.measureType()).put("filedAt", d.filedAt())
                        .put("decisionDue", d.decisionDue()));
        on(SanctionEventTypes.OBJECTION_DECIDED_V1, ObjectionDecidedV1.class, d -> new Routing(d.siteId(), null, null),
                (d, f) -> f.put("measureId", d.measureId()).put("measureType", d.measureType()).put("outcome", d.outcome())
                        .put("reasonCode", d.reasonCode()).put("decisionReason", d.decisionReason())
                        .put("status", d.status()).put("until", d.until()).put("decidedAt", d.decidedAt())
                        .put("customerSubjectKey", customerOfBan(d.measureType(), d.subjectKey())));
        // The customer's side of a ban (issue 17): the subject key is kept only to ask for the customer's address at
        // send time (routing kind banned-customer); it is never shown.
        on(SanctionEventTypes.BAN_NOTICE_ISSUED_V1, BanNoticeIssuedV1.class, d -> new Routing(d.siteId(), null, null),
                (d, f) -> f.put("measureId", d.measureId()).put("measureType", d.measureType())
                        .put("noticeReference", d.noticeReference()).put("coverage", d.coverage())
                        .put("siteIds", join(d.siteIds())).put("regionId", d.regionId())
                        .put("channels", join(d.channels())).put("alternativeChannel", d.alternativeChannel())
                        .put("startsAt", d.startsAt()).put("until", d.until())
                        .put("objectionDeadline", d.objectionDeadline())
                        .put("customerSubjectKey", d.subjectKey()));
        on(SanctionEventTypes.OBJECTION_TERM_MISSED_V1, ObjectionTermMissedV1.class,
                d -> new Routing(d.siteId(), null, null),
                (d, f) -> f.put("measureId", d.measureId()).put("measureType", d.measureType())
                        .put("noticeReference", d.noticeReference()).put("decisionDue", d.decisionDue())
                        .put("expectedBy", d.expectedBy())
                        .put("customerSubjectKey", d.noticeReference() == null ? null
                                : customerOfBan(d.measureType(), d.subjectKey())));
        on(SanctionEventTypes.BAN_VIOLATED_V1, BanViolatedV1.class, d -> new Routing(d.siteId(), null, null),
                (d, f) -> f.put("measureId", d.measureId()).put("measureType", d.measureType()).put("violationId", d.violationId())
                        .put("channel", d.channel()).put("departmentId", d.departmentId())
                        .put("checkedBy", d.checkedBy()).put("checkedAt", d.checkedAt()));
        on(SanctionEventTypes.SEEN_AT_DOOR_V1, SeenAtDoorV1.class, d -> new Routing(d.siteId(), null, null),
                (d, f) -> f.put("measureId", d.measureId()).put("measureType", d.measureType()).put("violationId", d.violationId())
                        .put("sightingId", d.sightingId()).put("seenBy", d.seenBy()).put("seenAt", d.seenAt()));
        on(PreventionEventTypes.POLICY_PUBLISHED_V1, PolicyPublishedV1.class, d -> new Routing(null, null, null),
                (d, f) -> f.put("policyKind", d.kind()).put("version", d.version()).put("effectiveFrom", d.effectiveFrom()));
        on(PreventionEventTypes.TRAINING_OVERDUE_V1, TrainingOverdueV1.class, d -> new Routing(d.siteId(), null, null),
                (d, f) -> f.put("courseId", d.courseId()).put("course", d.courseName()).put("userId", d.userId())
                        .put("dueOn", d.dueOn()));
        on(PreventionEventTypes.PARTNER_REPORT_RECEIVED_V1, PartnerReportReceivedV1.class,
                d -> new Routing(d.siteId(), d.reference(), null),
                (d, f) -> f.put("reportId", d.reportId()).put("receivedAt", d.receivedAt()));
        on(PreventionEventTypes.PARTNER_REPORT_CONCLUDED_V1, PartnerReportConcludedV1.class,
                d -> new Routing(d.siteId(), d.reference(), null),
                (d, f) -> f.put("reportId", d.reportId()).put("outcome", d.outcome()).put("concludedAt", d.concludedAt()));
    }

    private EventFacts() {
    }

    /** The command for a known type; empty for a type this service does not know (recorded and ignored). */
    static Optional<RouteEventCommand> read(EventEnvelope e) {
        Reader<?> reader = READERS.get(e.type());
        return reader == null ? Optional.empty() : Optional.of(reader.read(e));
    }

    /** Where an event routes: its site (none for chain-wide events), its reference and its severity (incidents). */
    private record Routing(String site, String reference, String severity) {
    }

    /** Reads one event type's data into its routing and its facts. */
    private record Reader<T>(Class<T> data, Function<T, Routing> routing, BiConsumer<T, Facts> facts) {
        RouteEventCommand read(EventEnvelope e) {
            T d = EventCodec.data(e, data);
            Routing r = routing.apply(d);
            Facts f = new Facts();
            f.put("subjectId", e.subject());
            facts.accept(d, f);
            if (r.site() != null) {
                f.put("siteId", r.site());
            }
            return new RouteEventCommand(e.id(), e.type(), r.severity(), r.site(), r.reference(), e.time(), f.values);
        }
    }

    private static <T> void on(String type, Class<T> data, Function<T, Routing> routing, BiConsumer<T, Facts> facts) {
        READERS.put(type, new Reader<>(data, routing, facts));
    }

    /** The customer of a contact or entry ban (never of a staff measure or a warning): who is told of it. */
    private static String customerOfBan(String measureType, String subjectKey) {
        return "contact-ban".equals(measureType) || "entry-ban".equals(measureType) ? subjectKey : null;
    }

    private static String join(List<String> values) {
        return values == null ? null : String.join(", ", values);
    }

    /** Facts by name, as text; absent values are left out. */
    private static final class Facts {
        final Map<String, String> values = new LinkedHashMap<>();

        Facts put(String name, Object value) {
            if (value != null) {
                values.put(name, value.toString());
            }
            return this;
        }
    }
}
