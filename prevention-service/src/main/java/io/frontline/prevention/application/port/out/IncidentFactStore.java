package io.frontline.prevention.application.port.out;

import io.frontline.prevention.application.domain.model.IncidentFact;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Incidents and complaints as the other services' events told them. */
public interface IncidentFactStore {
    void reported(UUID incidentId, String siteId, List<String> types, String severity, Instant reportedAt);

    void decided(UUID incidentId, String siteId, String outcome, List<String> types, String severity, Instant at);

    void careLate(UUID incidentId, String siteId);

    void closed(UUID incidentId, String siteId, String outcome, String preventionNote, Instant at);

    void complaintReceived(UUID complaintId, String siteId, Instant receivedAt);

    /** Incidents of the site (null: every site) reported, or closed, in [from, to). */
    List<IncidentFact> incidents(String siteId, Instant from, Instant to);

    int complaints(String siteId, Instant from, Instant to);
}
