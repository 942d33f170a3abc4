package io.frontline.platform.events.callcenter;

import java.util.List;

/** Event types the call-center platform publishes on {@code callcenter.transcripts}. */
public final class CallcenterEventTypes {
    public static final String TRANSCRIPT_SEGMENT_V1 = "frontline.callcenter.transcript-segment.v1";

    public static final List<String> ALL = List.of(TRANSCRIPT_SEGMENT_V1);

    private CallcenterEventTypes() {
    }
}
