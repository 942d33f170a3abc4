package io.frontline.incident.application.port.in.procedure;

import io.frontline.incident.application.domain.model.procedure.HearingAcknowledgement;
import io.frontline.platform.domain.Actor;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A committee member records a closed hearing with its written record and acknowledgements (seed 004,
 * Klachtenprocedure 4, 10).
 */
public record HoldHearingCommand(Actor actor, UUID complaintId, List<String> heard, String record,
                                 List<HearingAcknowledgement> acknowledgements) {
    public HoldHearingCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(complaintId, "complaintId");
        heard = heard == null ? List.of() : List.copyOf(heard);
        acknowledgements = acknowledgements == null ? List.of() : List.copyOf(acknowledgements);
    }
}
