package io.frontline.incident.application.port.out;

import io.frontline.incident.application.domain.model.LiveAlert;

import java.util.List;

/**
 * The feed of live alerts the supervisors' consoles follow: appended in the screening's transaction, numbered in
 * commit order, read back by number so that a console resumes after a dropped connection without losing one.
 */
public interface LiveAlertFeedPort {
    /** Appends the alert (its {@code sequence} is given by the feed) and tells the listening consoles at commit. */
    void append(LiveAlert alert);

    /** Alerts at the sites numbered after {@code sequence}, oldest first, at most {@code limit}. */
    List<LiveAlert> after(long sequence, List<String> siteIds, int limit);

    /** Alerts at the sites whose suggestion is still open, oldest first, at most {@code limit} (the newest). */
    List<LiveAlert> openAt(List<String> siteIds, int limit);

    /** The number of the newest alert of the chain, 0 when there is none. */
    long latestSequence();
}
