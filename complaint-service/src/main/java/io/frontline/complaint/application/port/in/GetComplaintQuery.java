package io.frontline.complaint.application.port.in;

import io.frontline.complaint.application.domain.model.Complaint;
import io.frontline.platform.domain.Actor;

import java.util.UUID;

/** Reads one complaint; a complaint of a site outside the actor's scope does not exist for them. */
public interface GetComplaintQuery {
    Complaint get(Actor actor, UUID complaintId);

    /** The complaint a complainant quotes by its reference. */
    Complaint getByReference(Actor actor, String reference);
}
