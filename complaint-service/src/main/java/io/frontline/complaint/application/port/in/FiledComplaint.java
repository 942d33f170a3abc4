package io.frontline.complaint.application.port.in;

import io.frontline.complaint.application.domain.model.Complaint;

/** A filed complaint and its tracking secret, which exists in clear only in this answer. */
public record FiledComplaint(Complaint complaint, String trackingSecret) {
}
