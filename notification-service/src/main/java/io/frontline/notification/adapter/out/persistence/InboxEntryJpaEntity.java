package io.frontline.notification.adapter.out.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Table row of an inbox entry; mapped to and from the domain's {@code InboxEntry}, never exposed. */
@Entity
@Table(name = "inbox_entry")
class InboxEntryJpaEntity {
    @Id
    UUID id;
    @Column(name = "recipient_id")
    String recipientId;
    @Column(name = "delivery_key")
    String deliveryKey;
    @Column(name = "event_id")
    UUID eventId;
    @Column(name = "event_type")
    String eventType;
    String title;
    @Column(name = "site_id")
    String siteId;
    String reference;
    @Column(name = "subject_id")
    String subjectId;
    @Column(name = "due_date")
    LocalDate dueDate;
    String link;
    @Column(name = "created_at")
    Instant createdAt;
    @Column(name = "read_at")
    Instant readAt;
    @Version
    long version;
}
