package io.frontline.incident.application.domain.model;

/** How the incident came to be known. */
public enum IncidentSource {
    STAFF_REPORT, CALL_CENTER_DETECTION, COMPLAINT_FLAG, MANAGER
}
