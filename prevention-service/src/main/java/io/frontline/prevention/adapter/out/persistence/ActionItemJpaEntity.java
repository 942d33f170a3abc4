package io.frontline.prevention.adapter.out.persistence;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Table row of a review's action item; mapped to and from the domain, never exposed. */
@Entity
@Table(name = "action_item")
class ActionItemJpaEntity {
    @Id
    UUID id;
    UUID reviewId;
    String text;
    String owner;
    LocalDate dueOn;
    Instant doneAt;
    String doneBy;
}
