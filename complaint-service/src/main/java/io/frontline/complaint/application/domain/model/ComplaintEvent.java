package io.frontline.complaint.application.domain.model;

import java.time.Instant;
import java.util.UUID;

/** Something that happened to a complaint; returned by the aggregate's methods, published by the service. */
public sealed interface ComplaintEvent permits ComplaintReceived {
    UUID eventId();

    UUID complaintId();

    Instant occurredAt();
}
