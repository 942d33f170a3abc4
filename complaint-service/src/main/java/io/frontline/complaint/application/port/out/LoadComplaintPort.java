package io.frontline.complaint.application.port.out;

import io.frontline.complaint.application.domain.model.Complaint;
import io.frontline.complaint.application.domain.model.ComplaintReference;
import io.frontline.complaint.application.domain.model.ComplaintStatistics;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Reads stored complaints. */
public interface LoadComplaintPort {
    Optional<Complaint> load(UUID complaintId);

    Optional<Complaint> loadByReference(ComplaintReference reference);

    /** Complaints whose term runs: not closed, not waiting for the complainant. */
    List<UUID> complaintsWithRunningTerm();

    /** Closed complaints whose closure lies before {@code cutoff}. */
    List<UUID> closedBefore(Instant cutoff);

    /** What the statistics need of the complaints received in the period at the given sites (null: every site). */
    List<ComplaintStatistics.Facts> factsReceivedBetween(Set<String> sites, Instant from, Instant toExclusive);
}
