package io.frontline.sanction.application.port.in;

import io.frontline.platform.domain.Actor;
import io.frontline.sanction.application.domain.model.Measure;
import io.frontline.sanction.application.domain.model.ObjectionOutcome;
import io.frontline.sanction.application.domain.model.ObjectionReason;

import java.time.Instant;
import java.util.UUID;

/** Objections: recorded within 14 days of notice, decided within 14 days (upheld, overturned, shortened). */
public interface ObjectionUseCase {
    Measure file(Actor actor, UUID measureId, String grounds);

    /** The reason code (from the fixed list, fitting the outcome) and the decider's own words. */
    Measure decide(Actor actor, UUID measureId, ObjectionOutcome outcome, ObjectionReason reasonCode, String reason,
                   Instant newUntil);
}
