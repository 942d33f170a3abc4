package io.frontline.prevention.application.port.in;

import io.frontline.platform.domain.Actor;
import io.frontline.platform.domain.RuleViolation;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** A session of a course held at a site on a day, and who attended it (their attestation). */
public record RecordSessionCommand(Actor actor, UUID courseId, String siteId, LocalDate heldOn, String trainer,
                                   List<String> attendees) {
    public RecordSessionCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(courseId, "courseId");
        if (siteId == null || siteId.isBlank()) {
            throw new RuleViolation("site", "Name the site where the session was held");
        }
        if (heldOn == null) {
            throw new RuleViolation("heldOn", "Give the day of the session");
        }
        if (attendees == null || attendees.isEmpty()) {
            throw new RuleViolation("attendees", "List who attended");
        }
        attendees = attendees.stream().distinct().toList();
    }
}
