package io.frontline.prevention.adapter.out.persistence;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Table row of a playbook; mapped to and from the domain, never exposed. */
@Entity
@Table(name = "playbook")
class PlaybookJpaEntity {
    @Id
    String situation;
    String contents;
    String updatedBy;
    Instant updatedAt;
}
