package io.frontline.incident.application.port.in;

import io.frontline.incident.application.domain.model.IncidentStatistics;

import java.time.Instant;

/** Safety analytics of the incidents in the actor's scope: site managers their sites, regions theirs, HQ the chain. */
public interface IncidentStatisticsQuery {
    Figures statistics(IncidentStatisticsCommand command);

    /**
     * The sites a site, a region or (both null) the actor's whole scope stands for, sorted; a site or region the
     * actor does not oversee is refused ({@code AccessDenied}), an unknown one is invalid.
     */
    java.util.List<String> sitesCovered(io.frontline.platform.domain.Actor actor, String siteId, String regionId);

    /**
     * The report with the instants its period covers ({@code from} inclusive, {@code to} exclusive, on the reported
     * time), so a reader can list exactly the incidents counted, and the sites it covers.
     */
    record Figures(Instant from, Instant to, java.util.List<String> sites, IncidentStatistics.Report report) {
    }
}
