package io.frontline.notification.adapter.out.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/** Table row of a delivery; mapped to and from the domain's {@code Delivery}, never exposed. */
@Entity
@Table(name = "delivery")
class DeliveryJpaEntity {
    @Id
    UUID id;
    @Column(name = "delivery_key")
    String deliveryKey;
    @Column(name = "event_id")
    UUID eventId;
    @Column(name = "event_type")
    String eventType;
    @Column(name = "recipient_id")
    String recipientId;
    String channel;
    String severity;
    String status;
    int attempts;
    @Column(name = "last_error")
    String lastError;
    @Column(name = "next_attempt_at")
    Instant nextAttemptAt;
    @Column(name = "sent_at")
    Instant sentAt;
    @Column(name = "created_at")
    Instant createdAt;
    /** The notice as JSON (see {@code NoticeJson}). */
    String notice;
    boolean grouped;
    /** The W3C traceparent of the work that created the delivery (StoredTraces); null outside a trace. */
    String traceparent;
    @Version
    long version;
}
