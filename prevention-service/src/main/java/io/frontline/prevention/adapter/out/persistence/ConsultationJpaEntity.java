package io.frontline.prevention.adapter.out.persistence;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Table row of a consultation; mapped to and from the domain, never exposed. */
@Entity
@Table(name = "consultation")
class ConsultationJpaEntity {
    @Id
    UUID id;
    String siteId;
    String employeeId;
    String deskPersonId;
    String subject;
    String text;
    Instant occurredAt;
    Instant createdAt;
}
