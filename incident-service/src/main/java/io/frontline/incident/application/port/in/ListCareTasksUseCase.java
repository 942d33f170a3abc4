package io.frontline.incident.application.port.in;

import io.frontline.incident.application.domain.model.CareTaskDue;
import io.frontline.platform.domain.Actor;
import io.frontline.platform.query.ListPage;

import java.util.List;

/**
 * Care tasks that need someone (seed 000: after-care for the person who met the harassment, on time): the open
 * tasks of the sites a manager oversees, due soon or overdue, earliest first; and, for the person cared for, the
 * tasks of the incidents they reported or are named in as a victim.
 */
public interface ListCareTasksUseCase {
    /** The most tasks {@link #mine(Actor)} answers. */
    int MAX_MINE = 100;

    ListPage<CareTaskDue> due(ListCareTasksCommand command);

    /** The care meant for the actor: tasks of incidents they reported or are a victim of (by user id), the newest incident's first. */
    List<CareTaskDue> mine(Actor actor);
}
