package io.frontline.notification.adapter.out.config.escalation;

import java.util.List;

/** The escalation-policies file is missing or wrong; the service refuses to start. */
class InvalidEscalationPoliciesException extends RuntimeException {
    private final List<String> problems;

    public InvalidEscalationPoliciesException(String origin, List<String> problems) {
        super("Escalation policies " + origin + " are invalid:\n  - " + String.join("\n  - ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
