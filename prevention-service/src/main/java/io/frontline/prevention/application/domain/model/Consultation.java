package io.frontline.prevention.application.domain.model;

import java.time.Instant;
import java.util.UUID;

/**
 * An employee's consultation with the desk person they chose: a first step that can become an incident report or a
 * counsellor note without retyping. Consulting must never disadvantage the employee, so nobody but the employee and
 * the chosen desk person reads it — not their manager, not HQ, not an administrator.
 */
public record Consultation(UUID id, String siteId, String employeeId, String deskPersonId, String subject, String text,
                           Instant occurredAt, Instant createdAt) {
    public boolean readableBy(String userId) {
        return employeeId.equals(userId) || deskPersonId.equals(userId);
    }
}
