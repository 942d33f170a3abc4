package io.frontline.complaint.application.port.out;

import io.frontline.complaint.application.domain.model.SubjectRequestRecord;
import io.frontline.platform.query.Cursor;

import java.util.List;

/** The record of customers' requests for access or erasure (who, when, what, why; per service status and counts). */
public interface SubjectRequestLogPort {
    void record(SubjectRequestRecord request);

    /** Newest first, after the cursor (if any), at most {@code limit} rows. */
    List<SubjectRequestRecord> newestFirst(Cursor after, int limit);
}
