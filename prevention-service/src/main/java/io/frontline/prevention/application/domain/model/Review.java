package io.frontline.prevention.application.domain.model;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A periodic review of the approach (seed 000: review regularly, share incidents as case studies to improve manuals
 * and training), for one site or the chain ({@code siteId} null): the period's figures from the other services'
 * events, the period's closed incidents as anonymised case studies, and the action items it decides.
 */
public record Review(UUID id, String siteId, ReviewPeriod period, Figures figures, List<CaseStudy> caseStudies,
                     String heldBy, Instant heldAt) {
    public Review {
        caseStudies = List.copyOf(caseStudies);
    }

    /** Incidents reported, confirmed and closed in the period, complaints received in it. */
    public record Figures(int incidentsReported, int incidentsConfirmed, int incidentsClosed, int complaintsReceived) {
    }
}
