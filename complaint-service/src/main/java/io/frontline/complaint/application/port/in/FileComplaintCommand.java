package io.frontline.complaint.application.port.in;

import io.frontline.complaint.application.domain.model.Category;
import io.frontline.complaint.application.domain.model.Channel;
import io.frontline.complaint.application.domain.model.ComplainantContact;
import io.frontline.platform.domain.Actor;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * A complaint to file, with who files it and through which intake. {@code receivedAt} may lie in the past
 * (a letter, a phone call). Staff file only for their own sites; the public form and the mail gateway for any.
 */
public record FileComplaintCommand(Actor actor, Intake intake, String siteId, Channel channel, Category category,
                                   String subject, String description, String language, Instant receivedAt,
                                   ComplainantContact contact) {
    private static final Set<String> LANGUAGES = Set.of("nl", "en", "ja");

    /** Where the complaint came in: staff entry is bound to the actor's sites, the others are not. */
    public enum Intake {
        STAFF, PUBLIC_FORM, MAIL
    }

    public FileComplaintCommand(Actor actor, String siteId, Channel channel, Category category, String subject,
                                String description, String language, Instant receivedAt) {
        this(actor, Intake.STAFF, siteId, channel, category, subject, description, language, receivedAt, null);
    }

    public FileComplaintCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(intake, "intake");
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
        contact = contact == null ? new ComplainantContact(null, null, null) : contact;
    }
}
