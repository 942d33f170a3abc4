package io.frontline.complaint.application.port.in;

import io.frontline.complaint.application.domain.model.ConductIndicator;
import io.frontline.complaint.application.domain.model.DemandJudgement;
import io.frontline.complaint.application.domain.model.MannerJudgement;
import io.frontline.platform.domain.Actor;

import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/** A person's confirmed judgement of demand and manner, with indicators and a reason (seed 000). */
public record AssessConductCommand(Actor actor, UUID complaintId, DemandJudgement demand, MannerJudgement manner,
                                   Set<ConductIndicator> indicators, String reason) {
    public AssessConductCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(complaintId, "complaintId");
        Objects.requireNonNull(demand, "demand");
        Objects.requireNonNull(manner, "manner");
        indicators = indicators == null ? Set.of() : Set.copyOf(indicators);
    }
}
