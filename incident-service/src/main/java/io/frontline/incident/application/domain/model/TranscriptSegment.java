package io.frontline.incident.application.domain.model;

import io.frontline.platform.domain.SubjectKey;

import java.util.Objects;

/** A piece of a running call as the call-center platform transcribes it; the caller as a subject key. */
public record TranscriptSegment(String callId, String siteId, String agentId, SubjectKey callerSubjectKey,
                                String speaker, String text, long startOffsetMs, long endOffsetMs,
                                String language) {
    public TranscriptSegment {
        Objects.requireNonNull(callId, "callId");
        Objects.requireNonNull(siteId, "siteId");
        Objects.requireNonNull(speaker, "speaker");
        Objects.requireNonNull(text, "text");
    }

    public boolean spokenByCaller() {
        return "caller".equalsIgnoreCase(speaker) || "customer".equalsIgnoreCase(speaker);
    }
}
