package io.frontline.notification.adapter.out.persistence.escalation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/** Table row of an escalation; mapped to and from the domain's {@code Escalation}, never exposed. */
@Entity
@Table(name = "escalation")
class EscalationJpaEntity {
    @Id
    UUID id;
    @Column(name = "event_id")
    UUID eventId;
    @Column(name = "event_type")
    String eventType;
    String severity;
    @Column(name = "site_id")
    String siteId;
    String reference;
    @Column(name = "occurred_at")
    Instant occurredAt;
    /** The event's template facts as a JSON object (written and read by the adapter). */
    String facts;
    String policy;
    @Column(name = "started_at")
    Instant startedAt;
    int round;
    int level;
    @Column(name = "next_due_at")
    Instant nextDueAt;
    String status;
    @Column(name = "acknowledged_by")
    String acknowledgedBy;
    @Column(name = "acknowledged_at")
    Instant acknowledgedAt;
    @Column(name = "acknowledged_via")
    String acknowledgedVia;
    @Version
    long version;
}
