package io.frontline.complaint.application.port.in;

import io.frontline.complaint.application.domain.model.SubjectRequestRecord;
import io.frontline.platform.domain.Actor;
import io.frontline.platform.query.ListPage;

/** The record of customers' requests, newest first, for HQ safety and admins: never the data that was exported. */
public interface ListSubjectRequestsQuery {
    ListPage<SubjectRequestRecord> list(Actor actor, String cursor, int limit);
}
