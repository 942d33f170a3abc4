package io.frontline.incident.application.domain.model;

import java.util.Objects;

/** One line of a running call as the supervisor reads it beside an alert: who spoke, what, and when in the call. */
public record TranscriptLine(String speaker, String text, long startOffsetMs) {
    public TranscriptLine {
        Objects.requireNonNull(speaker, "speaker");
        Objects.requireNonNull(text, "text");
    }

    public static TranscriptLine of(TranscriptSegment segment) {
        return new TranscriptLine(segment.spokenByCaller() ? "caller" : "agent", segment.text(),
                segment.startOffsetMs());
    }
}
