package io.frontline.complaint.adapter.out.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.Map;
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
    /** What happened, for the reader to render in their language: {@code complaint.<action>}. */
    String code;
    /** The code's parameters (wire names, ISO dates), a JSON object of strings. */
    @JdbcTypeCode(SqlTypes.JSON)
    Map<String, String> params;
    String visibility;
    /** Only words a person wrote; null when the service made the entry. */
    String text;
}
