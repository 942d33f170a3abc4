package io.frontline.incident.application.port.out;

import io.frontline.platform.domain.ConfidentialRead;
import io.frontline.platform.query.Cursor;

import java.util.List;

/** The trail of confidential reads of this service: who read (or tried to read) what, when. */
public interface AuditConfidentialReadsPort {
    /** A read that is shown: written in the reading transaction, so no read commits without its line. */
    void granted(ConfidentialRead read);

    /** A read that is refused: written in a transaction of its own, as the refusal rolls the caller back. */
    void refused(ConfidentialRead read);

    /** Up to {@code rows} lines, newest first, after the cursor (null: from the newest). */
    List<ConfidentialRead> newestFirst(ConfidentialRead.Filter filter, Cursor after, int rows);
}
