package io.frontline.notification.application.domain.model.escalation;

import io.frontline.notification.application.domain.model.RoutedEvent;

import java.util.List;
import java.util.Optional;

/** The configured policies in order; the first one that covers an event is the event's policy. */
public record EscalationPolicies(List<EscalationPolicy> policies) {
    public EscalationPolicies {
        policies = List.copyOf(policies);
    }

    public Optional<EscalationPolicy> policyFor(RoutedEvent event) {
        return policies.stream().filter(p -> p.covers(event)).findFirst();
    }

    public Optional<EscalationPolicy> named(String name) {
        return policies.stream().filter(p -> p.name().equals(name)).findFirst();
    }
}
