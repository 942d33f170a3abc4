package io.frontline.incident.application.port.in.procedure;

import io.frontline.incident.application.domain.model.procedure.StaffSanction;
import io.frontline.platform.domain.Actor;

import java.util.Objects;
import java.util.UUID;

/**
 * Management (role hr) decides on the report within 14 days (seed 004, Sancties en maatregelen); a sanction
 * names the site where the sanctioned employee works and, for a transfer, the site they move to.
 */
public record TakeDecisionCommand(Actor actor, UUID complaintId, StaffSanction sanction, String measures,
                                  String reasons, String siteId, String transferToSiteId) {
    public TakeDecisionCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(complaintId, "complaintId");
    }
}
