package io.frontline.incident.application.port.in.procedure;

import io.frontline.platform.domain.Actor;

import java.util.UUID;

/** Reads a formal complaint as far as the reader is entitled to; to anyone else it does not exist. */
public interface GetFormalComplaintQuery {
    FormalComplaintView get(Actor actor, UUID complaintId);
}
