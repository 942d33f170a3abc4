package io.frontline.complaint.application.port.in;

import io.frontline.complaint.application.domain.model.Visibility;
import io.frontline.platform.domain.Actor;

import java.util.Objects;
import java.util.UUID;

/** A message to the complainant or an internal note on a complaint. */
public record AddMessageCommand(Actor actor, UUID complaintId, Visibility visibility, String text) {
    public AddMessageCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(complaintId, "complaintId");
        Objects.requireNonNull(visibility, "visibility");
    }
}
