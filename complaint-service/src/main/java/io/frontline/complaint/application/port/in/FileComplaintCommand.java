package io.frontline.complaint.application.port.in;

import io.frontline.complaint.application.domain.model.Category;
import io.frontline.complaint.application.domain.model.Channel;
import io.frontline.platform.domain.Actor;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/** A complaint to file, with who files it. {@code receivedAt} may lie in the past (a letter, a phone call). */
public record FileComplaintCommand(Actor actor, String siteId, Channel channel, Category category, String subject,
                                   String description, String language, Instant receivedAt) {
    private static final Set<String> LANGUAGES = Set.of("nl", "en", "ja");

    public FileComplaintCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(siteId, "siteId");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(category, "category");
        if (subject == null || subject.isBlank()) {
            throw new IllegalArgumentException("subject is required");
        }
        if (description == null || description.isBlank()) {
            throw new IllegalArgumentException("description is required");
        }
        if (language != null && !LANGUAGES.contains(language)) {
            throw new IllegalArgumentException("language must be nl, en or ja");
        }
    }
}
