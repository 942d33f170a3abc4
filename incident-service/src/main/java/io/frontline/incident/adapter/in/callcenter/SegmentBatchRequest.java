package io.frontline.incident.adapter.in.callcenter;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * A batch of transcript segments as the call-center platform posts them: each segment is what
 * {@code frontline.callcenter.transcript-segment.v1} carries on {@code callcenter.transcripts}, with the same
 * rules as its JSON schema. How many a batch may hold is checked by {@link SegmentIngestResource} (413).
 */
record SegmentBatchRequest(@NotEmpty(message = "must hold at least one segment")
                                  List<@NotNull @Valid Segment> segments) {

    /** One segment; the caller as a subject key or as the raw number (ANI), which never leaves the edge. */
    public record Segment(
            @NotBlank @Size(max = 200) String callId,
            @NotBlank @Size(max = 64) String siteId,
            @NotNull @Size(max = 200) String agentId,
            @Pattern(regexp = "^sk1_[A-Za-z0-9_-]{43}$") String callerSubjectKey,
            @Size(min = 3, max = 32) String callerNumber,
            @NotNull @Pattern(regexp = "caller|agent") String speaker,
            @NotNull @Size(max = 10000) String text,
            @NotNull @PositiveOrZero Long startOffsetMs,
            @NotNull @PositiveOrZero Long endOffsetMs,
            @Pattern(regexp = "nl|en|ja") String language) {

        /** Never the raw number in a log line or an exception message. */
        @Override
        public String toString() {
            return "Segment[callId=" + callId + ", siteId=" + siteId + ", speaker=" + speaker
                    + (callerNumber == null ? "" : ", callerNumber=(withheld)") + "]";
        }
    }
}
