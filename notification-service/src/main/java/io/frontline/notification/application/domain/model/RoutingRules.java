package io.frontline.notification.application.domain.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The rule set that decides who hears about what. It must cover every event type the other services
 * publish (a type without a rule would be dropped silently), and name only known types.
 */
public final class RoutingRules {
    /** Events of a type without a severity of their own nor a rule that gives one are of medium urgency. */
    public static final Severity DEFAULT_SEVERITY = Severity.MEDIUM;

    private final List<RoutingRule> rules;

    public RoutingRules(List<RoutingRule> rules) {
        this.rules = List.copyOf(rules);
    }

    public List<RoutingRule> rules() {
        return rules;
    }

    /** The severity of an event of the type that carries none: the first rule's that states one. */
    public Severity severityOf(String eventType) {
        return rules.stream().filter(r -> r.eventType().equals(eventType) && r.severity() != null)
                .map(RoutingRule::severity).findFirst().orElse(DEFAULT_SEVERITY);
    }

    /** The rules an event matches, in file order. */
    public List<RoutingRule> matching(String eventType, Severity severity, String siteId) {
        return rules.stream().filter(r -> r.matches(eventType, severity, siteId)).toList();
    }

    /**
     * Everything wrong with the rule set against the known event types: unknown types, rules without
     * recipients or channels, and types left uncovered (except those that never notify anyone).
     */
    public List<String> problems(Collection<String> knownTypes, Collection<String> notNotifying) {
        List<String> problems = new ArrayList<>();
        Set<String> covered = new TreeSet<>();
        int number = 0;
        for (RoutingRule rule : rules) {
            number++;
            String where = "rule #" + number + " (" + rule.eventType() + ")";
            if (!knownTypes.contains(rule.eventType())) {
                problems.add(where + " names an unknown event type");
            } else if (notNotifying.contains(rule.eventType())) {
                problems.add(where + " names a type that is not a notification");
            }
            if (rule.recipients().isEmpty()) {
                problems.add(where + " has no recipients");
            }
            if (rule.channels().isEmpty()) {
                problems.add(where + " has no channels");
            }
            covered.add(rule.eventType());
        }
        for (String type : new TreeSet<>(knownTypes)) {
            if (!notNotifying.contains(type) && !covered.contains(type)) {
                problems.add("event type " + type + " has no rule");
            }
        }
        return problems;
    }
}
