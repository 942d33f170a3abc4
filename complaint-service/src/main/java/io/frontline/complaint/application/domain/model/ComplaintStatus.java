package io.frontline.complaint.application.domain.model;

/** Where a complaint stands in its workflow. */
public enum ComplaintStatus {
    RECEIVED, ACKNOWLEDGED, IN_PROGRESS, WAITING_FOR_COMPLAINANT, RESOLVED, REJECTED
}
