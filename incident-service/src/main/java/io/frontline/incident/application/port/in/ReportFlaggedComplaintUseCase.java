package io.frontline.incident.application.port.in;

import java.util.Optional;
import java.util.UUID;

/** Opens an incident (source complaint flag) for a complaint confirmed abusive; exactly once per complaint. */
public interface ReportFlaggedComplaintUseCase {
    /** @return the new incident's id, or empty if the complaint already has one */
    Optional<UUID> reportFlaggedComplaint(ReportFlaggedComplaintCommand command);
}
