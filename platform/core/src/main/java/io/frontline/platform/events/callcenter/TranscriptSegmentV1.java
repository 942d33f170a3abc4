package io.frontline.platform.events.callcenter;

import io.frontline.platform.events.EventCodec;

import java.util.Objects;

/**
 * {@code frontline.callcenter.transcript-segment.v1} on {@code callcenter.transcripts}: one piece of
 * a running call, streamed by the call-center platform. The caller travels as a subject key, or — for
 * platforms that know only the number (ANI) — as {@code callerNumber}, the raw number, which Frontline
 * turns into the subject key on receipt and never stores, logs or forwards. When both are given, the
 * number decides.
 */
public record TranscriptSegmentV1(String callId, String siteId, String agentId, String callerSubjectKey,
                                  String speaker, String text, long startOffsetMs, long endOffsetMs,
                                  String language, String callerNumber) implements EventCodec.Validated {
    /** A segment whose caller travels as a subject key (or is unknown). */
    public TranscriptSegmentV1(String callId, String siteId, String agentId, String callerSubjectKey, String speaker,
                               String text, long startOffsetMs, long endOffsetMs, String language) {
        this(callId, siteId, agentId, callerSubjectKey, speaker, text, startOffsetMs, endOffsetMs, language, null);
    }

    @Override
    public void validate() {
        Objects.requireNonNull(callId, "callId");
        Objects.requireNonNull(siteId, "siteId");
        Objects.requireNonNull(speaker, "speaker");
        Objects.requireNonNull(text, "text");
    }

    /** Never the raw number in a log line or an exception message. */
    @Override
    public String toString() {
        return "TranscriptSegmentV1[callId=" + callId + ", siteId=" + siteId + ", speaker=" + speaker
                + (callerNumber == null ? "" : ", callerNumber=(withheld)") + "]";
    }
}
