package io.frontline.incident.application.domain.model;

/** What live call-center detection looks for during a running call (DESIGN.md, "Call-center detection"). */
public enum LiveRule {
    ABUSIVE_LANGUAGE(IncidentType.VERBAL_ABUSE),
    THREATENING_LANGUAGE(IncidentType.THREAT),
    CALL_LENGTH(IncidentType.EXCESSIVE_CONTACT),
    REPEATED_CALLS(IncidentType.EXCESSIVE_CONTACT);

    private final IncidentType incidentType;

    LiveRule(IncidentType incidentType) {
        this.incidentType = incidentType;
    }

    /** The incident type a confirmed suggestion gets for this rule. */
    public IncidentType incidentType() {
        return incidentType;
    }
}
