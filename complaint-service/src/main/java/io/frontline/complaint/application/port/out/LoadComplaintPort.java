package io.frontline.complaint.application.port.out;

import io.frontline.complaint.application.domain.model.Complaint;

import java.util.Optional;
import java.util.UUID;

/** Reads a stored complaint. */
public interface LoadComplaintPort {
    Optional<Complaint> load(UUID complaintId);
}
