package io.frontline.notification.adapter.out.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.time.LocalTime;

/** Table row of a recipient; mapped to and from the domain's {@code Recipient}, never exposed. */
@Entity
@Table(name = "recipient")
class RecipientJpaEntity {
    @Id
    String id;
    String name;
    String email;
    String language;
    @Column(name = "time_zone")
    String timeZone;
    @JdbcTypeCode(SqlTypes.ARRAY)
    String[] roles;
    @JdbcTypeCode(SqlTypes.ARRAY)
    String[] sites;
    @JdbcTypeCode(SqlTypes.ARRAY)
    String[] regions;
    @Column(name = "webhook_url")
    String webhookUrl;
    @Column(name = "quiet_start")
    LocalTime quietStart;
    @Column(name = "quiet_end")
    LocalTime quietEnd;
    String mobile;
    @Column(name = "updated_at")
    Instant updatedAt;
    /** False once an administrator deactivated the person: not routed to, sent nothing. */
    boolean active = true;
    @Column(name = "deactivated_at")
    Instant deactivatedAt;
    @Column(name = "deactivated_by")
    String deactivatedBy;
}
