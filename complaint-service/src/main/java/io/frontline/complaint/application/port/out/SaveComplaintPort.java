package io.frontline.complaint.application.port.out;

import io.frontline.complaint.application.domain.model.Complaint;

/** Stores a complaint. */
public interface SaveComplaintPort {
    void save(Complaint complaint);

    /** Stores a complaint just filed: none with its id is stored yet, so nothing is looked up first. */
    default void saveNew(Complaint complaint) {
        save(complaint);
    }
}
