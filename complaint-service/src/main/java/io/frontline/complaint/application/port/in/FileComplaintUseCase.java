package io.frontline.complaint.application.port.in;

import io.frontline.complaint.application.domain.model.Complaint;

/** Files a complaint from any channel; its receipt is published for the other services. */
public interface FileComplaintUseCase {
    Complaint file(FileComplaintCommand command);
}
