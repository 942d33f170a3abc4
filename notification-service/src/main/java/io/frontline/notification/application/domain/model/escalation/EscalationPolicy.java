package io.frontline.notification.application.domain.model.escalation;

import io.frontline.notification.application.domain.model.RoutedEvent;
import io.frontline.notification.application.domain.model.Severity;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * How an urgent notification climbs the ladder until somebody acknowledges it, like an on-call tool
 * (issue 7, "Escalation policies"): the events it covers (a minimum severity, optionally only some event
 * types), its levels in order, and how many extra rounds over all levels follow when the last level stays
 * unacknowledged. Policies are data (the escalation-policies file), not code.
 *
 * @param name        unique name, stored with every escalation it started
 * @param minSeverity the least severity it covers
 * @param eventTypes  the event types it covers; empty covers every type
 * @param levels      the levels, first told at once
 * @param repeat      extra rounds over all levels after the last level went unacknowledged
 */
public record EscalationPolicy(String name, Severity minSeverity, Set<String> eventTypes, List<PolicyLevel> levels,
                               int repeat) {
    public EscalationPolicy {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(minSeverity, "minSeverity");
        eventTypes = Set.copyOf(eventTypes);
        levels = List.copyOf(levels);
        if (levels.isEmpty()) {
            throw new IllegalArgumentException("policy " + name + " has no levels");
        }
        if (repeat < 0) {
            throw new IllegalArgumentException("policy " + name + " repeats a negative number of times");
        }
    }

    public boolean covers(RoutedEvent event) {
        return event.severity().compareTo(minSeverity) >= 0
                && (eventTypes.isEmpty() || eventTypes.contains(event.eventType()));
    }

    /** All rounds: the first pass and the repeats. */
    public int rounds() {
        return 1 + repeat;
    }

    /** The 1-based level. */
    public PolicyLevel level(int level) {
        return levels.get(level - 1);
    }

    /**
     * The step after (round, level): the next level of the round, else the first level of the next round,
     * else none (the escalation is exhausted). Level 0 of round 1 stands for "not started".
     */
    public Optional<Position> after(int round, int level) {
        if (level < levels.size()) {
            return Optional.of(new Position(round, level + 1));
        }
        if (round < rounds()) {
            return Optional.of(new Position(round + 1, 1));
        }
        return Optional.empty();
    }

    /** A place on the ladder: which round, which level. */
    public record Position(int round, int level) {
    }
}
