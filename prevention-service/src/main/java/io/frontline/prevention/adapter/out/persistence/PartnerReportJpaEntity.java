package io.frontline.prevention.adapter.out.persistence;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Table row of a business partner's report; mapped to and from the domain, never exposed. */
@Entity
@Table(name = "partner_report")
class PartnerReportJpaEntity {
    @Id
    UUID id;
    String reference;
    String secretHash;
    String organisation;
    String reporterName;
    String reporterContact;
    String siteId;
    String employeeDescription;
    String description;
    LocalDate occurredOn;
    String status;
    Instant receivedAt;
    String handledBy;
    String hrNote;
    String outcome;
    String outcomeMessage;
    Instant concludedAt;
}
