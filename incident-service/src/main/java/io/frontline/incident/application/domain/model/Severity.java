package io.frontline.incident.application.domain.model;

/** How serious an incident is; decides how fast and how high it is escalated. Ordered from least to most. */
public enum Severity {
    LOW, MEDIUM, HIGH, CRITICAL
}
