package io.frontline.complaint.adapter.out.messaging;

import io.frontline.platform.domain.WireName;
import io.frontline.complaint.application.domain.model.ComplainantQuestioned;
import io.frontline.complaint.application.domain.model.Complaint;
import io.frontline.complaint.application.domain.model.ComplaintAcknowledged;
import io.frontline.complaint.application.domain.model.ComplaintAssigned;
import io.frontline.complaint.application.domain.model.ComplaintEscalated;
import io.frontline.complaint.application.domain.model.ComplaintEvent;
import io.frontline.complaint.application.domain.model.ComplaintReceived;
import io.frontline.complaint.application.domain.model.ComplaintRejected;
import io.frontline.complaint.application.domain.model.ComplaintReopened;
import io.frontline.complaint.application.domain.model.ComplaintResolved;
import io.frontline.complaint.application.domain.model.EscalationRequested;
import io.frontline.complaint.application.domain.model.HarassmentConfirmed;
import io.frontline.complaint.application.domain.model.ResponseDueSoon;
import io.frontline.complaint.application.domain.model.ResponseOverdue;
import io.frontline.complaint.application.port.out.PublishComplaintEventsPort;
import io.frontline.platform.events.Topics;
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
import io.frontline.platform.outbox.OutboxWriter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;


/**
 * Maps domain events to the integration contracts of {@code complaints.events} and writes them to the outbox.
 * Only references and ids leave: never contact data, complaint text or reasons.
 */
@ApplicationScoped
class ComplaintEventsOutbox implements PublishComplaintEventsPort {
    @Inject
    OutboxWriter outbox;

    @Override
    public void publish(ComplaintEvent event) {
        Complaint c = event.complaint();
        String id = c.id().toString();
        String ref = c.reference().value();
        String site = c.siteId();
        if (event instanceof ComplaintReceived) {
            append(c, ComplaintEventTypes.RECEIVED_V1, new ComplaintReceivedV1(id, ref, site,
                    wire(c.channel().name()), wire(c.category().name()), c.receivedAt(), c.responseDue(),
                    c.language()));
        } else if (event instanceof ComplaintAcknowledged) {
            append(c, ComplaintEventTypes.ACKNOWLEDGED_V1,
                    new ComplaintAcknowledgedV1(id, ref, site, event.occurredAt(), c.responseDue()));
        } else if (event instanceof ComplaintAssigned assigned) {
            append(c, ComplaintEventTypes.ASSIGNED_V1,
                    new ComplaintAssignedV1(id, ref, site, assigned.assignee(), event.occurredAt(), actor(c)));
        } else if (event instanceof ComplaintEscalated escalated) {
            append(c, ComplaintEventTypes.ESCALATED_V1,
                    new ComplaintEscalatedV1(id, ref, site, wire(escalated.level().name()), event.occurredAt(),
                            actor(c)));
        } else if (event instanceof ResponseDueSoon dueSoon) {
            append(c, ComplaintEventTypes.DUE_SOON_V1, new ComplaintDueSoonV1(id, ref, site,
                    dueSoon.percentOfTerm(), c.responseDue(), c.assignee()));
        } else if (event instanceof ResponseOverdue) {
            append(c, ComplaintEventTypes.OVERDUE_V1, new ComplaintOverdueV1(id, ref, site, c.responseDue(),
                    c.assignee()));
        } else if (event instanceof HarassmentConfirmed confirmed) {
            append(c, ComplaintEventTypes.HARASSMENT_CONFIRMED_V1, new ComplaintHarassmentConfirmedV1(id, ref, site,
                    c.complainantSubjectKey(), confirmed.indicators().stream().map(i -> wire(i.name())).sorted()
                    .toList(), confirmed.reason(), event.occurredAt()));
        } else if (event instanceof ComplaintResolved resolved) {
            append(c, ComplaintEventTypes.RESOLVED_V1,
                    new ComplaintResolvedV1(id, ref, site, event.occurredAt(), resolved.withinTerm(), actor(c)));
        } else if (event instanceof ComplaintRejected rejected) {
            append(c, ComplaintEventTypes.REJECTED_V1,
                    new ComplaintRejectedV1(id, ref, site, event.occurredAt(), rejected.withinTerm(), actor(c)));
        } else if (event instanceof ComplaintReopened) {
            append(c, ComplaintEventTypes.REOPENED_V1,
                    new ComplaintReopenedV1(id, ref, site, event.occurredAt(), c.responseDue()));
        } else if (event instanceof EscalationRequested requested) {
            append(c, ComplaintEventTypes.ESCALATION_REQUESTED_V1, new ComplaintEscalationRequestedV1(id, ref, site,
                    wire(requested.level().name()), event.occurredAt()));
        } else if (event instanceof ComplainantQuestioned) {
            append(c, ComplaintEventTypes.QUESTION_ASKED_V1,
                    new ComplaintQuestionAskedV1(id, ref, site, event.occurredAt()));
        } else {
            throw new IllegalArgumentException("no contract for " + event.getClass().getSimpleName());
        }
    }

    /**
     * Who acted: the newest timeline entry is the action that caused the event (seed 002: every step traceable);
     * none when the service itself did it ("system"), which acknowledges nobody's escalation.
     */
    private static String actor(Complaint complaint) {
        var timeline = complaint.timeline();
        String actor = timeline.isEmpty() ? null : timeline.get(timeline.size() - 1).actor();
        return "system".equals(actor) ? null : actor;
    }

    private void append(Complaint complaint, String type, Object payload) {
        outbox.append(Topics.COMPLAINTS, type, complaint.id().toString(), payload);
    }

    /** Enum names on the wire are lower-case with dashes: STAFF_BEHAVIOUR → staff-behaviour. */
    static String wire(String name) {
        return WireName.fromConstant(name);
    }
}
