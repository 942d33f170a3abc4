package io.frontline.prevention.adapter.out.persistence;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Table row of a site's consultation desk; mapped to and from the domain, never exposed. */
@Entity
@Table(name = "consultation_desk")
class DeskJpaEntity {
    @Id
    String siteId;
    String contents;
    String updatedBy;
    Instant updatedAt;
}
