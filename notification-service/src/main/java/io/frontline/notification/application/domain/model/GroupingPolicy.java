package io.frontline.notification.application.domain.model;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Issue 15: when one person would receive more than {@code maxPerWindow} routine notices (low, medium) on a
 * channel within {@code window}, the ones beyond are gathered into one summary ("12 new complaints at
 * Amsterdam Centrum since 14:05") sent when the window closes. High and critical news is never grouped.
 */
public record GroupingPolicy(int maxPerWindow, Duration window) {
    public GroupingPolicy {
        Objects.requireNonNull(window, "window");
        if (maxPerWindow < 1) {
            throw new IllegalArgumentException("grouping needs at least one notice per window");
        }
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("grouping needs a window longer than zero");
        }
    }

    /** Where counting starts for a notice arriving at {@code now}. */
    public Instant windowStart(Instant now) {
        return now.minus(window);
    }

    /** Whether a notice that finds {@code alreadyThisWindow} routine notices of the person in the window joins a summary. */
    public boolean groups(Notice notice, long alreadyThisWindow) {
        return notice.mayWaitForQuietHours() && alreadyThisWindow >= maxPerWindow;
    }

    /** When a new summary goes out: at the end of the window that starts now. */
    public Instant summaryAt(Instant now) {
        return now.plus(window);
    }
}
