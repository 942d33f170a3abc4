package io.frontline.incident.application.port.in;

/** The steps of the incident workflow a person can take. */
public enum IncidentTransition {
    TRIAGE, START_INVESTIGATION, CONFIRM, DECLARE_UNFOUNDED, CLOSE, REOPEN
}
