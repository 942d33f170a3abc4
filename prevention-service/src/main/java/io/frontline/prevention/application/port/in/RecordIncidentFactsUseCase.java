package io.frontline.prevention.application.port.in;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What the other services' events tell prevention about incidents and complaints (inputs of reviews and reports). */
public interface RecordIncidentFactsUseCase {
    void reported(UUID incidentId, String siteId, List<String> types, String severity, Instant reportedAt);

    void decided(UUID incidentId, String siteId, String outcome, List<String> types, String severity, Instant at);

    void careLate(UUID incidentId, String siteId);

    void closed(UUID incidentId, String siteId, String outcome, String preventionNote, Instant at);

    void complaintReceived(UUID complaintId, String siteId, Instant receivedAt);
}
