package io.frontline.incident.application.domain.model.procedure;

import java.time.Instant;
import java.util.UUID;

/** Something that happened to a formal complaint; returned by the aggregate's methods. */
public interface ProcedureEvent {
    UUID eventId();

    FormalComplaint complaint();

    Instant occurredAt();
}
