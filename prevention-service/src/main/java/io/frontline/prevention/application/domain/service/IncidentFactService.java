package io.frontline.prevention.application.domain.service;

import io.frontline.prevention.application.port.in.RecordIncidentFactsUseCase;
import io.frontline.prevention.application.port.out.IncidentFactStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Keeps the facts of incidents and complaints that reviews and the compliance report count. */
@ApplicationScoped
public class IncidentFactService implements RecordIncidentFactsUseCase {
    @Inject
    IncidentFactStore store;

    @Override
    @Transactional
    public void reported(UUID incidentId, String siteId, List<String> types, String severity, Instant reportedAt) {
        store.reported(incidentId, siteId, types, severity, reportedAt);
    }

    @Override
    @Transactional
    public void decided(UUID incidentId, String siteId, String outcome, List<String> types, String severity,
                        Instant at) {
        store.decided(incidentId, siteId, outcome, types, severity, at);
    }

    @Override
    @Transactional
    public void careLate(UUID incidentId, String siteId) {
        store.careLate(incidentId, siteId);
    }

    @Override
    @Transactional
    public void closed(UUID incidentId, String siteId, String outcome, String preventionNote, Instant at) {
        store.closed(incidentId, siteId, outcome, preventionNote, at);
    }

    @Override
    @Transactional
    public void complaintReceived(UUID complaintId, String siteId, Instant receivedAt) {
        store.complaintReceived(complaintId, siteId, receivedAt);
    }
}
