package io.frontline.sanction.application.domain.model;

/** Severity of a reported incident as incident-service derived it; ordered from least to most serious. */
public enum IncidentSeverity {
    LOW, MEDIUM, HIGH, CRITICAL
}
