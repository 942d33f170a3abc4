package io.frontline.prevention.adapter.out.persistence;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Table row of a course; mapped to and from the domain, never exposed. */
@Entity
@Table(name = "course")
class CourseJpaEntity {
    @Id
    UUID id;
    String name;
    String audience;
    String refreshInterval;
    LocalDate requiredFrom;
    String scenarios;
    String createdBy;
    Instant createdAt;
}
