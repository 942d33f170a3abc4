package io.frontline.incident.adapter.out.messaging.procedure;

import io.frontline.platform.domain.WireName;
import io.frontline.incident.application.domain.model.procedure.ComplaintFiled;
import io.frontline.incident.application.domain.model.procedure.DecisionTaken;
import io.frontline.incident.application.domain.model.procedure.FormalComplaint;
import io.frontline.incident.application.domain.model.procedure.HearingHeld;
import io.frontline.incident.application.domain.model.procedure.InterimMeasureRequested;
import io.frontline.incident.application.domain.model.procedure.ManagementDecision;
import io.frontline.incident.application.domain.model.procedure.ObjectionAnswered;
import io.frontline.incident.application.domain.model.procedure.ObjectionFiled;
import io.frontline.incident.application.domain.model.procedure.ProcedureEvent;
import io.frontline.incident.application.domain.model.procedure.ReportIssued;
import io.frontline.incident.application.domain.model.procedure.TermMissed;
import io.frontline.incident.application.port.out.procedure.PublishProcedureEventsPort;
import io.frontline.platform.events.Topics;
import io.frontline.platform.events.procedure.ProcedureComplaintFiledV1;
import io.frontline.platform.events.procedure.ProcedureDecisionTakenV1;
import io.frontline.platform.events.procedure.ProcedureEventTypes;
import io.frontline.platform.events.procedure.ProcedureHearingHeldV1;
import io.frontline.platform.events.procedure.ProcedureInterimMeasureRequestedV1;
import io.frontline.platform.events.procedure.ProcedureObjectionAnsweredV1;
import io.frontline.platform.events.procedure.ProcedureObjectionFiledV1;
import io.frontline.platform.events.procedure.ProcedureReportIssuedV1;
import io.frontline.platform.events.procedure.ProcedureTermMissedV1;
import io.frontline.platform.outbox.OutboxWriter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;

/**
 * Maps procedure events to their integration contracts on {@code incidents.events} through the outbox. Only
 * what consumers need leaves the service: the parties' user ids to address notices, the sanction for
 * sanction-service; never the complaint, hearing records, positions, votes, witnesses or reporters.
 */
@ApplicationScoped
class ProcedureEventsOutbox implements PublishProcedureEventsPort {
    @Inject
    OutboxWriter outbox;

    @Override
    public void publish(ProcedureEvent event) {
        FormalComplaint c = event.complaint();
        String id = c.id().toString();
        if (event instanceof ComplaintFiled) {
            append(ProcedureEventTypes.COMPLAINT_FILED_V1, id, new ProcedureComplaintFiledV1(id, c.reference(),
                    c.complainant(), c.accused(), c.receivedAt(), c.hearingsDueAt(), c.reportDueAt()));
        } else if (event instanceof HearingHeld held) {
            List<String> sides = held.hearing().heard().stream()
                    .map(p -> c.sideOf(p).map(s -> wire(s.name())).orElse("other")).distinct().toList();
            append(ProcedureEventTypes.HEARING_HELD_V1, id, new ProcedureHearingHeldV1(id, c.reference(),
                    held.hearing().id().toString(), sides, held.hearing().heldAt()));
        } else if (event instanceof InterimMeasureRequested requested) {
            append(ProcedureEventTypes.INTERIM_MEASURE_REQUESTED_V1, id, new ProcedureInterimMeasureRequestedV1(id,
                    c.reference(), wire(requested.request().kind().name()), requested.request().requestedAt()));
        } else if (event instanceof ReportIssued issued) {
            append(ProcedureEventTypes.REPORT_ISSUED_V1, id, new ProcedureReportIssuedV1(id, c.reference(),
                    c.complainant(), c.accused(), issued.occurredAt(), c.decisionDueAt()));
        } else if (event instanceof DecisionTaken) {
            ManagementDecision d = c.decision().orElseThrow();
            ProcedureDecisionTakenV1.StaffSanction sanction = d.sanction() == null ? null
                    : new ProcedureDecisionTakenV1.StaffSanction(wire(d.sanction().type().name()),
                    d.sanctionedEmployee(), d.sanction().suspensionDays(), d.sanction().fineAmount());
            append(ProcedureEventTypes.DECISION_TAKEN_V1, id, new ProcedureDecisionTakenV1(id, c.reference(),
                    c.complainant(), c.accused(), wire(d.finding().name()), d.followsAdvice(), sanction,
                    d.decidedAt(), c.objectionDueAt()));
        } else if (event instanceof ObjectionFiled filed) {
            append(ProcedureEventTypes.OBJECTION_FILED_V1, id, new ProcedureObjectionFiledV1(id, c.reference(),
                    filed.objection().id().toString(), wire(filed.objection().side().name()),
                    filed.objection().objector(), filed.objection().filedAt(),
                    c.answerDueAt(filed.objection())));
        } else if (event instanceof ObjectionAnswered answered) {
            append(ProcedureEventTypes.OBJECTION_ANSWERED_V1, id, new ProcedureObjectionAnsweredV1(id, c.reference(),
                    answered.objection().id().toString(), answered.objection().objector(),
                    answered.objection().answeredAt()));
        } else if (event instanceof TermMissed missed) {
            append(ProcedureEventTypes.TERM_MISSED_V1, id, new ProcedureTermMissedV1(id, c.reference(),
                    wire(missed.term().name()), missed.dueAt(), missed.expectedBy(), missed.expectedHandlingDays(),
                    c.complainant(), c.accused()));
        } else {
            throw new IllegalArgumentException("no contract for " + event.getClass().getSimpleName());
        }
    }

    private void append(String type, String complaintId, Object payload) {
        outbox.append(Topics.INCIDENTS, type, complaintId, payload);
    }

    /** Enum names on the wire are lower-case with dashes: KNOWINGLY_FALSE → knowingly-false. */
    static String wire(String name) {
        return WireName.fromConstant(name);
    }
}
