package io.frontline.prevention.adapter.out.persistence;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Table row of a review; mapped to and from the domain, never exposed. */
@Entity
@Table(name = "review")
class ReviewJpaEntity {
    @Id
    UUID id;
    String siteId;
    LocalDate periodFirst;
    LocalDate periodLast;
    String figures;
    String caseStudies;
    String heldBy;
    Instant heldAt;
}
