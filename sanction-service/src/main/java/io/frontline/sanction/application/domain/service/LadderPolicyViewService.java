package io.frontline.sanction.application.domain.service;

import io.frontline.sanction.application.domain.model.BanLadder;
import io.frontline.sanction.application.domain.model.LadderPolicy;
import io.frontline.sanction.application.port.in.ShowLadderPolicyUseCase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The same ladder instance the measure service proposes with, so what is shown is what is applied. */
@ApplicationScoped
public class LadderPolicyViewService implements ShowLadderPolicyUseCase {
    private final BanLadder ladder;

    @Inject
    public LadderPolicyViewService(BanLadder ladder) {
        this.ladder = ladder;
    }

    @Override
    public LadderPolicy ladderPolicy() {
        return ladder.policy();
    }
}
