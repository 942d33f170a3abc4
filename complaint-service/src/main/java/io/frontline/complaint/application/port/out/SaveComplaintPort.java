package io.frontline.complaint.application.port.out;

import io.frontline.complaint.application.domain.model.Complaint;

/** Stores a complaint. */
public interface SaveComplaintPort {
    void save(Complaint complaint);
}
