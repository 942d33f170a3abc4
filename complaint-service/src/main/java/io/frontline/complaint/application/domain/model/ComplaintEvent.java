package io.frontline.complaint.application.domain.model;

import java.time.Instant;
import java.util.UUID;

/**
 * Something that happened to a complaint; returned by the aggregate's methods, published by the service.
 * Each carries the complaint as it stood right after the change.
 */
public sealed interface ComplaintEvent permits ComplaintReceived, ComplaintAcknowledged, ComplaintAssigned,
        ComplaintEscalated, ResponseDueSoon, ResponseOverdue, HarassmentConfirmed, ComplaintResolved,
        ComplaintRejected, ComplaintReopened, EscalationRequested, ComplainantQuestioned {
    UUID eventId();

    Instant occurredAt();

    Complaint complaint();

    default UUID complaintId() {
        return complaint().id();
    }
}
