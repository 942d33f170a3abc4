package io.frontline.sanction.application.domain.model;

import java.time.Period;

/** What the ladder proposes for a confirmed incident: the measure, its terms and duration, and why. */
public record LadderProposal(MeasureType type, BanTerms terms, Period duration, ProposalBasis basis) {
}
