package io.frontline.incident.application.port.in;

import io.frontline.platform.domain.SubjectKey;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** A complaint whose manner was confirmed abusive (seed 000), to become an incident linked to it. */
public record ReportFlaggedComplaintCommand(String complaintReference, String siteId, SubjectKey complainant,
                                            List<String> indicators, String reason, Instant confirmedAt) {
    public ReportFlaggedComplaintCommand {
        Objects.requireNonNull(complaintReference, "complaintReference");
        Objects.requireNonNull(siteId, "siteId");
        Objects.requireNonNull(confirmedAt, "confirmedAt");
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
    }
}
