package io.frontline.platform.events.callcenter;

import io.frontline.platform.events.EventCodec;

import java.util.Objects;

/**
 * {@code frontline.callcenter.transcript-segment.v1} on {@code callcenter.transcripts}: one piece of
 * a running call, streamed by the call-center platform. The caller travels as a subject key.
 */
public record TranscriptSegmentV1(String callId, String siteId, String agentId, String callerSubjectKey,
                                  String speaker, String text, long startOffsetMs, long endOffsetMs,
                                  String language) implements EventCodec.Validated {
    @Override
    public void validate() {
        Objects.requireNonNull(callId, "callId");
        Objects.requireNonNull(siteId, "siteId");
        Objects.requireNonNull(speaker, "speaker");
        Objects.requireNonNull(text, "text");
    }
}
