package io.frontline.prevention.adapter.out.persistence;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Table row of a policy version; mapped to and from the domain, never exposed. */
@Entity
@Table(name = "policy_version")
class PolicyVersionJpaEntity {
    @Id
    UUID id;
    String kind;
    int version;
    LocalDate effectiveFrom;
    String texts;
    String publishedBy;
    Instant publishedAt;
}
