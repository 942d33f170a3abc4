package io.frontline.incident.application.port.in;

import io.frontline.platform.domain.Actor;
import io.frontline.platform.domain.ConfidentialRead;
import io.frontline.platform.query.ListPage;

import java.util.List;

/** HQ safety and admins review who read confidential records of this service, and take the trail out as CSV. */
public interface ReadConfidentialReadTrailQuery {
    /** Most lines one export holds; a longer period is exported in parts (from/to). */
    int EXPORT_LIMIT = 10_000;

    ListPage<ConfidentialRead> trail(Actor actor, ConfidentialRead.Filter filter, String cursor, int limit);

    /** The newest {@link #EXPORT_LIMIT} lines that match, newest first. */
    List<ConfidentialRead> export(Actor actor, ConfidentialRead.Filter filter);
}
