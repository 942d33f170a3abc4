package io.frontline.prevention.application.domain.model;

import io.frontline.platform.domain.RuleViolation;

import java.time.Instant;
import java.util.List;

/**
 * A response procedure decided in advance for one situation (seed 000): how many staff respond, who may end a call
 * and when (seed 001: the employee may always end an abusive call; a colleague handles the call-back), when and how
 * to apologise, whether and how a call is recorded and announced, what to listen for, and whom to inform. It
 * applies to the incident types listed, so a report of that type shows it.
 */
public record Playbook(String situation, String title, List<String> incidentTypes, int responders,
                       String endingContact, String apology, String recording, List<String> listenFor,
                       List<String> inform, String updatedBy, Instant updatedAt) {
    public Playbook {
        if (situation == null || !situation.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new RuleViolation("situation", "A situation is a lower-case name such as threat-on-the-phone");
        }
        if (title == null || title.isBlank()) {
            throw new RuleViolation("title", "A playbook needs a title");
        }
        if (responders < 1) {
            throw new RuleViolation("responders", "At least one person responds");
        }
        incidentTypes = incidentTypes == null ? List.of() : List.copyOf(incidentTypes);
        listenFor = listenFor == null ? List.of() : List.copyOf(listenFor);
        inform = inform == null ? List.of() : List.copyOf(inform);
    }
}
