package io.frontline.notification.adapter.in.rest;

import io.frontline.notification.application.domain.model.InboxEntry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An in-app notification as its recipient sees it; {@code subjectId} is what it is about (e.g. the complaint
 * id); {@code link} is the one-click acknowledgement link of an escalation notice.
 */
public record InboxEntryResponse(UUID id, UUID eventId, String eventType, String title, String siteId,
                                 String reference, String subjectId, LocalDate dueDate, String link, Instant createdAt,
                                 boolean read) {
    static InboxEntryResponse of(InboxEntry e) {
        return new InboxEntryResponse(e.id(), e.eventId(), e.eventType(), e.title(), e.siteId(), e.reference(),
                e.subjectId(), e.dueDate(), e.link(), e.createdAt(), e.isRead());
    }
}
