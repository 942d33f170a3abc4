package io.frontline.incident.application.domain.model;

/** How the incident came to be known; a complaint flag is a complaint whose manner was confirmed abusive. */
public enum IncidentSource {
    STAFF_REPORT, CALL_CENTER_DETECTION, COMPLAINT_FLAG, MANAGER
}
