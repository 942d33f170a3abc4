package io.frontline.incident.application.domain.model.procedure;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * seed 004, "Oordeel" 1: "De klachtencommissie beslist met meerderheid van stemmen" — a finding is decided
 * when more than half of the committee's seats voted for it: two of three. A single vote or a tie decides nothing.
 */
public final class MajorityRule {
    private MajorityRule() {
    }

    public static Optional<Finding> decided(List<CommitteeVote> votes, int committeeSize) {
        Map<Finding, Integer> counts = new EnumMap<>(Finding.class);
        votes.forEach(v -> counts.merge(v.finding(), 1, Integer::sum));
        return counts.entrySet().stream().filter(e -> e.getValue() * 2 > committeeSize).map(Map.Entry::getKey)
                .findFirst();
    }
}
