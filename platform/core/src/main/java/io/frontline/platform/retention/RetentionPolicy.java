package io.frontline.platform.retention;

import java.util.List;

/**
 * What a service erases after retention: its kinds with their periods and erasure queries. A service implements it
 * once (its retention use case); the platform's {@link RetentionJob} runs it on a schedule.
 */
public interface RetentionPolicy {
    /** The kinds in the order one run erases them. */
    List<RetentionKind> kinds();
}
