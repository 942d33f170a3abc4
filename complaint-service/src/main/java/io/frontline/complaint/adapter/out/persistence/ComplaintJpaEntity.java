package io.frontline.complaint.adapter.out.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Table row of a complaint; mapped to and from the domain's {@code Complaint}, never exposed. */
@Entity
@Table(name = "complaint")
class ComplaintJpaEntity {
    @Id
    UUID id;
    String reference;
    @Column(name = "site_id")
    String siteId;
    String channel;
    String category;
    String subject;
    String description;
    String language;
    String status;
    @Column(name = "received_at")
    Instant receivedAt;
    @Column(name = "response_due")
    LocalDate responseDue;
    @Column(name = "filed_by")
    String filedBy;
    @Version
    long version;
}
