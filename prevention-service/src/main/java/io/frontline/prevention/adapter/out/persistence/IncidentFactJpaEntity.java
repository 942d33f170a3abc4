package io.frontline.prevention.adapter.out.persistence;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Table row of what the events told of an incident; mapped to and from the domain, never exposed. */
@Entity
@Table(name = "incident_fact")
class IncidentFactJpaEntity {
    @Id
    UUID incidentId;
    String siteId;
    String types;
    String severity;
    Instant reportedAt;
    String outcome;
    Instant decidedAt;
    Instant closedAt;
    String preventionNote;
    boolean careLate;
}
