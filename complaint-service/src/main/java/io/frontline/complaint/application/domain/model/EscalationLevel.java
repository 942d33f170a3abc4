package io.frontline.complaint.application.domain.model;

/**
 * Where a complaint can be taken beyond its handler (seed 002: escalation to higher management, then to an
 * independent external complaints committee). The order matters: one only escalates upwards.
 */
public enum EscalationLevel {
    MANAGEMENT, EXTERNAL_COMMITTEE
}
