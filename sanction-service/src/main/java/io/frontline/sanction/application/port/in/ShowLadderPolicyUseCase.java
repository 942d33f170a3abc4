package io.frontline.sanction.application.port.in;

import io.frontline.sanction.application.domain.model.LadderPolicy;

/** The ban ladder this service proposes measures by, as loaded at start (issue 14, the configuration views). */
public interface ShowLadderPolicyUseCase {
    LadderPolicy ladderPolicy();
}
