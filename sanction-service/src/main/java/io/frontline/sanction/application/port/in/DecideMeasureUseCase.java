package io.frontline.sanction.application.port.in;

import io.frontline.platform.domain.Actor;
import io.frontline.sanction.application.domain.model.Measure;

import java.util.UUID;

/**
 * The second pair of eyes: approve (never the proposer; a site manager for their own sites, or HQ safety;
 * HR or HQ safety for staff measures), reject a proposal, or lift a measure early, each with a reason. A
 * measure lifted as wrongly imposed no longer counts on the ladder; one lifted for another reason does.
 */
public interface DecideMeasureUseCase {
    Measure approve(Actor actor, UUID measureId);

    Measure reject(Actor actor, UUID measureId, String reason);

    Measure lift(Actor actor, UUID measureId, String reason, boolean wronglyImposed);
}
