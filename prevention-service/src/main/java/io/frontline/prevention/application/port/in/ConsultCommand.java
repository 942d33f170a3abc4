package io.frontline.prevention.application.port.in;

import io.frontline.platform.domain.Actor;
import io.frontline.platform.domain.RuleViolation;

import java.time.Instant;
import java.util.Objects;

/** An employee consults a desk person of a site's desk, whom they choose. */
public record ConsultCommand(Actor actor, String siteId, String deskPersonId, String subject, String text,
                             Instant occurredAt) {
    public ConsultCommand {
        Objects.requireNonNull(actor, "actor");
        if (siteId == null || siteId.isBlank()) {
            throw new RuleViolation("site", "Name the site whose desk you consult");
        }
        if (deskPersonId == null || deskPersonId.isBlank()) {
            throw new RuleViolation("deskPerson", "Choose whom you consult");
        }
        if (text == null || text.isBlank()) {
            throw new RuleViolation("text", "Say what you want to discuss");
        }
        if (text.length() > 8000) {
            throw new RuleViolation("text", "At most 8000 characters");
        }
    }
}
