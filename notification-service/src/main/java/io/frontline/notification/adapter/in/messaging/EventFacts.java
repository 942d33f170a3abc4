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
import io.frontline.platform.events.sanction.BanViolatedV1;
import io.frontline.platform.events.sanction.MeasureActivatedV1;
import io.frontline.platform.events.sanction.MeasureApprovedV1;
import io.frontline.platform.events.sanction.MeasureExpiredV1;
import io.frontline.platform.events.sanction.MeasureLiftedV1;
import io.frontline.platform.events.sanction.MeasureProposedV1;
import io.frontline.platform.events.sanction.MeasureRejectedV1;
import io.frontline.platform.events.sanction.ObjectionDecidedV1;
import io.frontline.platform.events.sanction.ObjectionFiledV1;
import io.frontline.platform.events.sanction.SanctionEventTypes;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads an event of another service by its contract into what routing needs: severity (incidents only),
 * site, reference (CMP-/INC-/UB-, the call id of a live alert, none for sanctions), and the facts the
 * notices show or routing uses. Subject keys and free text (reasons) are left out on purpose.
 */
final class EventFacts {
    private EventFacts() {
    }

    /** The command for a known type; empty for a type this service does not know (recorded and ignored). */
    static Optional<RouteEventCommand> read(EventEnvelope e) {
        String type = e.type();
        Facts f = new Facts();
        f.put("subjectId", e.subject());
        String severity = null;
        String site;
        String reference;
        if (ComplaintEventTypes.RECEIVED_V1.equals(type)) {
            ComplaintReceivedV1 d = EventCodec.data(e, ComplaintReceivedV1.class);
            site = d.siteId();
            reference = d.reference();
            f.put("complaintId", d.complaintId()).put("channel", d.channel()).put("category", d.category())
                    .put("receivedAt", d.receivedAt()).put("responseDue", d.responseDue());
        } else if (ComplaintEventTypes.ACKNOWLEDGED_V1.equals(type)) {
            ComplaintAcknowledgedV1 d = EventCodec.data(e, ComplaintAcknowledgedV1.class);
            site = d.siteId();
            reference = d.reference();
            f.put("complaintId", d.complaintId()).put("acknowledgedAt", d.acknowledgedAt()).put("responseDue", d.responseDue());
        } else if (ComplaintEventTypes.ASSIGNED_V1.equals(type)) {
            ComplaintAssignedV1 d = EventCodec.data(e, ComplaintAssignedV1.class);
            site = d.siteId();
            reference = d.reference();
            f.put("complaintId", d.complaintId()).put("assignee", d.assignee()).put("assignedAt", d.assignedAt())
                    .put("actedBy", d.actedBy());
        } else if (ComplaintEventTypes.ESCALATED_V1.equals(type)) {
            ComplaintEscalatedV1 d = EventCodec.data(e, ComplaintEscalatedV1.class);
            site = d.siteId();
            reference = d.reference();
            f.put("complaintId", d.complaintId()).put("level", d.level()).put("escalatedAt", d.escalatedAt())
                    .put("actedBy", d.actedBy());
        } else if (ComplaintEventTypes.DUE_SOON_V1.equals(type)) {
            ComplaintDueSoonV1 d = EventCodec.data(e, ComplaintDueSoonV1.class);
            site = d.siteId();
            reference = d.reference();
            f.put("complaintId", d.complaintId()).put("percentOfTerm", d.percentOfTerm())
                    .put("responseDue", d.responseDue()).put("assignee", d.assignee());
        } else if (ComplaintEventTypes.OVERDUE_V1.equals(type)) {
            ComplaintOverdueV1 d = EventCodec.data(e, ComplaintOverdueV1.class);
            site = d.siteId();
            reference = d.reference();
            f.put("complaintId", d.complaintId()).put("responseDue", d.responseDue()).put("assignee", d.assignee());
        } else if (ComplaintEventTypes.HARASSMENT_CONFIRMED_V1.equals(type)) {
            ComplaintHarassmentConfirmedV1 d = EventCodec.data(e, ComplaintHarassmentConfirmedV1.class);
            site = d.siteId();
            reference = d.reference();
            f.put("complaintId", d.complaintId()).put("indicators", join(d.indicators()))
                    .put("confirmedAt", d.confirmedAt());
        } else if (ComplaintEventTypes.RESOLVED_V1.equals(type)) {
            ComplaintResolvedV1 d = EventCodec.data(e, ComplaintResolvedV1.class);
            site = d.siteId();
            reference = d.reference();
            f.put("complaintId", d.complaintId()).put("resolvedAt", d.resolvedAt()).put("withinTerm", d.withinTerm())
                    .put("actedBy", d.actedBy());
        } else if (ComplaintEventTypes.REJECTED_V1.equals(type)) {
            ComplaintRejectedV1 d = EventCodec.data(e, ComplaintRejectedV1.class);
            site = d.siteId();
            reference = d.reference();
            f.put("complaintId", d.complaintId()).put("rejectedAt", d.rejectedAt()).put("withinTerm", d.withinTerm())
                    .put("actedBy", d.actedBy());
        } else if (ComplaintEventTypes.REOPENED_V1.equals(type)) {
            ComplaintReopenedV1 d = EventCodec.data(e, ComplaintReopenedV1.class);
            site = d.siteId();
            reference = d.reference();
            f.put("complaintId", d.complaintId()).put("reopenedAt", d.reopenedAt()).put("responseDue", d.responseDue());
        } else if (ComplaintEventTypes.ESCALATION_REQUESTED_V1.equals(type)) {
            ComplaintEscalationRequestedV1 d = EventCodec.data(e, ComplaintEscalationRequestedV1.class);
            site = d.siteId();
            reference = d.reference();
            f.put("complaintId", d.complaintId()).put("level", d.level()).put("requestedAt", d.requestedAt());
        } else if (IncidentEventTypes.REPORTED_V1.equals(type)) {
            IncidentReportedV1 d = EventCodec.data(e, IncidentReportedV1.class);
            site = d.siteId();
            reference = d.reference();
            severity = d.severity();
            f.put("incidentId", d.incidentId()).put("types", join(d.types())).put("source", d.source())
                    .put("occurredAt", d.occurredAt()).put("reportedAt", d.reportedAt());
        } else if (IncidentEventTypes.CONFIRMED_V1.equals(type)) {
            IncidentConfirmedV1 d = EventCodec.data(e, IncidentConfirmedV1.class);
            site = d.siteId();
            reference = d.reference();
            severity = d.severity();
            f.put("incidentId", d.incidentId()).put("types", join(d.types()))
                    .put("policeReportRecommended", d.policeReportRecommended()).put("confirmedAt", d.confirmedAt())
                    .put("actedBy", d.actedBy());
        } else if (IncidentEventTypes.TRIAGED_V1.equals(type)) {
            IncidentTriagedV1 d = EventCodec.data(e, IncidentTriagedV1.class);
            site = d.siteId();
            reference = d.reference();
            severity = d.severity();
            f.put("incidentId", d.incidentId()).put("triagedAt", d.triagedAt()).put("actedBy", d.actedBy());
        } else if (IncidentEventTypes.ESCALATED_V1.equals(type)) {
            IncidentEscalatedV1 d = EventCodec.data(e, IncidentEscalatedV1.class);
            site = d.siteId();
            reference = d.reference();
            severity = d.severity();
            f.put("incidentId", d.incidentId()).put("types", join(d.types()))
                    .put("policeReportRecommended", d.policeReportRecommended()).put("escalatedAt", d.escalatedAt());
        } else if (IncidentEventTypes.UNFOUNDED_V1.equals(type)) {
            IncidentUnfoundedV1 d = EventCodec.data(e, IncidentUnfoundedV1.class);
            site = d.siteId();
            reference = d.reference();
            f.put("incidentId", d.incidentId()).put("decidedAt", d.decidedAt());
        } else if (IncidentEventTypes.CLOSED_V1.equals(type)) {
            IncidentClosedV1 d = EventCodec.data(e, IncidentClosedV1.class);
            site = d.siteId();
            reference = d.reference();
            f.put("incidentId", d.incidentId()).put("outcome", d.outcome()).put("closedAt", d.closedAt());
        } else if (IncidentEventTypes.CARE_TASK_OVERDUE_V1.equals(type)) {
            CareTaskOverdueV1 d = EventCodec.data(e, CareTaskOverdueV1.class);
            site = d.siteId();
            reference = d.reference();
            f.put("incidentId", d.incidentId()).put("task", d.task()).put("dueAt", d.dueAt());
        } else if (IncidentEventTypes.PATTERN_DETECTED_V1.equals(type)) {
            PatternDetectedV1 d = EventCodec.data(e, PatternDetectedV1.class);
            site = null;
            reference = null;
            f.put("incidentCount", d.incidentCount()).put("sites", join(d.siteIds()))
                    .put("windowStart", d.windowStart()).put("windowEnd", d.windowEnd());
        } else if (IncidentEventTypes.LIVE_ALERT_V1.equals(type)) {
            LiveAlertV1 d = EventCodec.data(e, LiveAlertV1.class);
            site = d.siteId();
            reference = d.callId();
            f.put("callId", d.callId()).put("agentId", d.agentId()).put("rule", d.rule())
                    .put("suggestedIncidentId", d.suggestedIncidentId()).put("detectedAt", d.detectedAt());
        } else if (IncidentEventTypes.SUGGESTION_ACTED_ON_V1.equals(type)) {
            SuggestionActedOnV1 d = EventCodec.data(e, SuggestionActedOnV1.class);
            site = d.siteId();
            reference = d.callId();
            f.put("callId", d.callId()).put("suggestedIncidentId", d.suggestionId()).put("action", d.action())
                    .put("actedBy", d.actedBy()).put("actedAt", d.actedAt()).put("incidentId", d.incidentId());
        } else if (ProcedureEventTypes.COMPLAINT_FILED_V1.equals(type)) {
            ProcedureComplaintFiledV1 d = EventCodec.data(e, ProcedureComplaintFiledV1.class);
            site = null;
            reference = d.reference();
            f.put("complaintId", d.complaintId()).put("complainantUserId", d.complainantUserId())
                    .put("accusedUserId", d.accusedUserId()).put("receivedAt", d.receivedAt())
                    .put("hearingsDueAt", d.hearingsDueAt()).put("reportDueAt", d.reportDueAt());
        } else if (ProcedureEventTypes.HEARING_HELD_V1.equals(type)) {
            ProcedureHearingHeldV1 d = EventCodec.data(e, ProcedureHearingHeldV1.class);
            site = null;
            reference = d.reference();
            f.put("complaintId", d.complaintId()).put("heardSides", join(d.heardSides())).put("heldAt", d.heldAt());
        } else if (ProcedureEventTypes.INTERIM_MEASURE_REQUESTED_V1.equals(type)) {
            ProcedureInterimMeasureRequestedV1 d = EventCodec.data(e, ProcedureInterimMeasureRequestedV1.class);
            site = null;
            reference = d.reference();
            f.put("complaintId", d.complaintId()).put("measure", d.measure()).put("requestedAt", d.requestedAt());
        } else if (ProcedureEventTypes.REPORT_ISSUED_V1.equals(type)) {
            ProcedureReportIssuedV1 d = EventCodec.data(e, ProcedureReportIssuedV1.class);
            site = null;
            reference = d.reference();
            f.put("complaintId", d.complaintId()).put("complainantUserId", d.complainantUserId())
                    .put("accusedUserId", d.accusedUserId()).put("issuedAt", d.issuedAt())
                    .put("decisionDueAt", d.decisionDueAt());
        } else if (ProcedureEventTypes.DECISION_TAKEN_V1.equals(type)) {
            ProcedureDecisionTakenV1 d = EventCodec.data(e, ProcedureDecisionTakenV1.class);
            site = null;
            reference = d.reference();
            f.put("complaintId", d.complaintId()).put("complainantUserId", d.complainantUserId())
                    .put("accusedUserId", d.accusedUserId()).put("finding", d.finding())
                    .put("followsAdvice", d.followsAdvice()).put("decidedAt", d.decidedAt())
                    .put("objectionDueAt", d.objectionDueAt())
                    .put("sanctionType", d.sanction() == null ? null : d.sanction().type());
        } else if (ProcedureEventTypes.OBJECTION_FILED_V1.equals(type)) {
            ProcedureObjectionFiledV1 d = EventCodec.data(e, ProcedureObjectionFiledV1.class);
            site = null;
            reference = d.reference();
            f.put("complaintId", d.complaintId()).put("objectingSide", d.objectingSide())
                    .put("filedAt", d.filedAt()).put("answerDueAt", d.answerDueAt());
        } else if (ProcedureEventTypes.OBJECTION_ANSWERED_V1.equals(type)) {
            ProcedureObjectionAnsweredV1 d = EventCodec.data(e, ProcedureObjectionAnsweredV1.class);
            site = null;
            reference = d.reference();
            f.put("complaintId", d.complaintId()).put("objectorUserId", d.objectorUserId())
                    .put("answeredAt", d.answeredAt());
        } else if (ProcedureEventTypes.TERM_MISSED_V1.equals(type)) {
            ProcedureTermMissedV1 d = EventCodec.data(e, ProcedureTermMissedV1.class);
            site = null;
            reference = d.reference();
            f.put("complaintId", d.complaintId()).put("term", d.term()).put("dueAt", d.dueAt())
                    .put("expectedBy", d.expectedBy()).put("expectedHandlingDays", d.expectedHandlingDays())
                    .put("complainantUserId", d.complainantUserId()).put("accusedUserId", d.accusedUserId());
        } else if (SanctionEventTypes.PROPOSED_V1.equals(type)) {
            MeasureProposedV1 d = EventCodec.data(e, MeasureProposedV1.class);
            site = d.siteId();
            reference = null;
            f.put("measureId", d.measureId()).put("measureType", d.measureType()).put("source", d.source())
                    .put("rule", d.rule()).put("incidentId", d.incidentId()).put("duration", d.duration())
                    .put("coverage", d.coverage()).put("policeReportRecommended", d.policeReportRecommended())
                    .put("proposedBy", d.proposedBy());
        } else if (SanctionEventTypes.APPROVED_V1.equals(type)) {
            MeasureApprovedV1 d = EventCodec.data(e, MeasureApprovedV1.class);
            site = d.siteId();
            reference = null;
            f.put("measureId", d.measureId()).put("measureType", d.measureType()).put("approvedBy", d.approvedBy())
                    .put("startsAt", d.startsAt()).put("until", d.until());
        } else if (SanctionEventTypes.ACTIVATED_V1.equals(type)) {
            MeasureActivatedV1 d = EventCodec.data(e, MeasureActivatedV1.class);
            site = d.siteId();
            reference = null;
            f.put("measureId", d.measureId()).put("measureType", d.measureType()).put("startsAt", d.startsAt())
                    .put("until", d.until());
        } else if (SanctionEventTypes.EXPIRED_V1.equals(type)) {
            MeasureExpiredV1 d = EventCodec.data(e, MeasureExpiredV1.class);
            site = d.siteId();
            reference = null;
            f.put("measureId", d.measureId()).put("measureType", d.measureType()).put("expiredAt", d.expiredAt());
        } else if (SanctionEventTypes.LIFTED_V1.equals(type)) {
            MeasureLiftedV1 d = EventCodec.data(e, MeasureLiftedV1.class);
            site = d.siteId();
            reference = null;
            f.put("measureId", d.measureId()).put("measureType", d.measureType()).put("liftedBy", d.liftedBy())
                    .put("liftedAt", d.liftedAt());
        } else if (SanctionEventTypes.REJECTED_V1.equals(type)) {
            MeasureRejectedV1 d = EventCodec.data(e, MeasureRejectedV1.class);
            site = d.siteId();
            reference = null;
            f.put("measureId", d.measureId()).put("measureType", d.measureType()).put("rejectedBy", d.rejectedBy())
                    .put("rejectedAt", d.rejectedAt());
        } else if (SanctionEventTypes.OBJECTION_FILED_V1.equals(type)) {
            ObjectionFiledV1 d = EventCodec.data(e, ObjectionFiledV1.class);
            site = d.siteId();
            reference = null;
            f.put("measureId", d.measureId()).put("measureType", d.measureType()).put("filedAt", d.filedAt())
                    .put("decisionDue", d.decisionDue());
        } else if (SanctionEventTypes.OBJECTION_DECIDED_V1.equals(type)) {
            ObjectionDecidedV1 d = EventCodec.data(e, ObjectionDecidedV1.class);
            site = d.siteId();
            reference = null;
            f.put("measureId", d.measureId()).put("measureType", d.measureType()).put("outcome", d.outcome())
                    .put("status", d.status()).put("until", d.until()).put("decidedAt", d.decidedAt());
        } else if (SanctionEventTypes.BAN_VIOLATED_V1.equals(type)) {
            BanViolatedV1 d = EventCodec.data(e, BanViolatedV1.class);
            site = d.siteId();
            reference = null;
            f.put("measureId", d.measureId()).put("measureType", d.measureType()).put("violationId", d.violationId())
                    .put("channel", d.channel()).put("departmentId", d.departmentId())
                    .put("checkedBy", d.checkedBy()).put("checkedAt", d.checkedAt());
        } else if (PreventionEventTypes.POLICY_PUBLISHED_V1.equals(type)) {
            PolicyPublishedV1 d = EventCodec.data(e, PolicyPublishedV1.class);
            site = null;
            reference = null;
            f.put("policyKind", d.kind()).put("version", d.version()).put("effectiveFrom", d.effectiveFrom());
        } else if (PreventionEventTypes.TRAINING_OVERDUE_V1.equals(type)) {
            TrainingOverdueV1 d = EventCodec.data(e, TrainingOverdueV1.class);
            site = d.siteId();
            reference = null;
            f.put("courseId", d.courseId()).put("course", d.courseName()).put("userId", d.userId())
                    .put("dueOn", d.dueOn());
        } else if (PreventionEventTypes.PARTNER_REPORT_RECEIVED_V1.equals(type)) {
            PartnerReportReceivedV1 d = EventCodec.data(e, PartnerReportReceivedV1.class);
            site = d.siteId();
            reference = d.reference();
            f.put("reportId", d.reportId()).put("receivedAt", d.receivedAt());
        } else if (PreventionEventTypes.PARTNER_REPORT_CONCLUDED_V1.equals(type)) {
            PartnerReportConcludedV1 d = EventCodec.data(e, PartnerReportConcludedV1.class);
            site = d.siteId();
            reference = d.reference();
            f.put("reportId", d.reportId()).put("outcome", d.outcome()).put("concludedAt", d.concludedAt());
        } else {
            return Optional.empty();
        }
        if (site != null) {
            f.put("siteId", site);
        }
        return Optional.of(new RouteEventCommand(e.id(), type, severity, site, reference, e.time(), f.values));
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
