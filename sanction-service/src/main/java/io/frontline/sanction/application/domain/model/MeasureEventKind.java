package io.frontline.sanction.application.domain.model;

/** The lifecycle steps of a measure; each one is published as an integration event. */
public enum MeasureEventKind {
    PROPOSED, APPROVED, ACTIVATED, EXPIRED, LIFTED, REJECTED, OBJECTION_FILED, OBJECTION_DECIDED
}
