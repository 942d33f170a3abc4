package io.frontline.notification.adapter.out.config;

import java.util.List;

/** The routing rule file is missing or wrong; the service refuses to start. */
class InvalidRoutingRulesException extends RuntimeException {
    private final List<String> problems;

    public InvalidRoutingRulesException(String origin, List<String> problems) {
        super("Routing rules " + origin + " are invalid:\n  - " + String.join("\n  - ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
