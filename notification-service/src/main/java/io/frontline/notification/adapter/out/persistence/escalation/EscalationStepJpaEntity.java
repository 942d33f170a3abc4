package io.frontline.notification.adapter.out.persistence.escalation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** Table row of one level told (or skipped) of an escalation. */
@Entity
@Table(name = "escalation_step")
@IdClass(EscalationStepJpaEntity.Key.class)
class EscalationStepJpaEntity {
    @Id
    @Column(name = "escalation_id")
    UUID escalationId;
    @Id
    int round;
    @Id
    int level;
    @Column(name = "told_at")
    Instant toldAt;
    @JdbcTypeCode(SqlTypes.ARRAY)
    String[] recipients;

    /** Escalation, round and level: a level is told once. */
    public static class Key implements Serializable {
        UUID escalationId;
        int round;
        int level;

        public Key() {
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && round == key.round && level == key.level
                    && Objects.equals(escalationId, key.escalationId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(escalationId, round, level);
        }
    }
}
