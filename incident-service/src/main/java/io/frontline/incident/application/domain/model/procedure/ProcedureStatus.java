package io.frontline.incident.application.domain.model.procedure;

/** Where a formal complaint stands: under investigation by the committee, reported to management, decided. */
public enum ProcedureStatus {
    UNDER_INVESTIGATION, REPORTED, DECIDED
}
