package io.frontline.complaint.application.domain.model;

import java.time.Instant;
import java.util.Objects;

/** One action on a complaint: who did what when (seed 002: every step is traceable). */
public record TimelineEntry(Instant at, String actor, String action, Visibility visibility, String text) {
    public TimelineEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(visibility, "visibility");
    }
}
