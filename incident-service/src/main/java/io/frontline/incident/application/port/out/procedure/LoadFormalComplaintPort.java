package io.frontline.incident.application.port.out.procedure;

import io.frontline.incident.application.domain.model.procedure.FormalComplaint;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Loads formal complaints. */
public interface LoadFormalComplaintPort {
    Optional<FormalComplaint> load(UUID complaintId);

    /** Complaints the term watcher has to look at (see {@code FormalComplaint.hasTermsToWatch()}). */
    List<FormalComplaint> loadWithRunningTerms();
}
