package io.frontline.incident.application.domain.model.procedure;

import io.frontline.platform.domain.RuleViolation;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;

/**
 * The chain's complaints committee on unwanted behaviour: one member per {@link CommitteeSeat}, three
 * different people (seed 004, "De klachtencommissie ongewenst gedrag", 1).
 */
public record Committee(Map<CommitteeSeat, String> members) {
    public Committee {
        if (members == null || members.size() != CommitteeSeat.values().length
                || new HashSet<>(members.values()).size() != CommitteeSeat.values().length
                || members.values().stream().anyMatch(m -> m == null || m.isBlank())) {
            throw new RuleViolation("committee",
                    "The committee has an employee representative, an employer representative and an external third party");
        }
        members = Map.copyOf(new EnumMap<>(members));
    }

    public int size() {
        return members.size();
    }

    public boolean isMember(String userId) {
        return members.containsValue(userId);
    }

    public Optional<CommitteeSeat> seatOf(String userId) {
        return members.entrySet().stream().filter(e -> e.getValue().equals(userId)).map(Map.Entry::getKey).findFirst();
    }
}
