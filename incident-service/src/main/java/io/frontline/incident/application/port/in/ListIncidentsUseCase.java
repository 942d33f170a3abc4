package io.frontline.incident.application.port.in;

import io.frontline.incident.application.domain.model.IncidentSummary;
import io.frontline.platform.query.ListPage;

/**
 * The incidents queue (issue 13): the incidents of the sites the actor oversees — their own sites, their regions'
 * sites, or the whole chain for HQ safety — filtered and sorted, a page at a time. Sites outside the actor's scope
 * are left out by the query itself, so a page is never short because rows were dropped after reading.
 */
public interface ListIncidentsUseCase {
    ListPage<IncidentSummary> list(ListIncidentsCommand command);
}
