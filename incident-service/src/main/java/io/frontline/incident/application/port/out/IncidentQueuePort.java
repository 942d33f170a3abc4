package io.frontline.incident.application.port.out;

import io.frontline.incident.application.domain.model.CareTaskDue;
import io.frontline.incident.application.domain.model.IncidentQueueFilter;
import io.frontline.incident.application.domain.model.IncidentQueueSort;
import io.frontline.incident.application.domain.model.IncidentSummary;
import io.frontline.platform.query.Cursor;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Reads work queues in one query each, the reader's sites in the query's condition. {@code sites} null means the
 * whole chain; an empty set reads nothing. The cursor's keys are the sort's columns of the last row served, then
 * its id (for the severity sort: severity name, reported time, id).
 */
public interface IncidentQueuePort {
    List<IncidentSummary> incidents(Set<String> sites, IncidentQueueFilter filter, IncidentQueueSort sort,
                                    Cursor after, int rows);

    /** Open care tasks due before {@code dueBefore} (null: any time), earliest first; cursor keys: due time, id. */
    List<CareTaskDue> openCareTasks(Set<String> sites, String siteId, Instant dueBefore, Cursor after, int rows);

    /**
     * Care tasks of the incidents {@code userId} reported or is named in as a victim: the newest incident's first,
     * each incident's by due time.
     */
    List<CareTaskDue> careTasksOf(String userId, int rows);
}
