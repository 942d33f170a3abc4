package io.frontline.complaint.adapter.out.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One timeline row; rows are only ever appended. */
@Entity
@Table(name = "complaint_timeline")
class TimelineEntryJpaEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "complaint_id")
    UUID complaintId;
    Instant at;
    String actor;
    String action;
    String visibility;
    String text;
}
