package io.frontline.platform.events;

import java.util.List;

/**
 * Versioned CloudEvents types of the integration events. Each has a JSON Schema and a sample under
 * {@code frontline/events/} that producers and consumers test against. A breaking change gets a new
 * version (v2) next to the old one, never an edit of v1.
 */
public final class EventTypes {
    public static final String COMPLAINT_RECEIVED_V1 = "frontline.complaint.received.v1";
    public static final String INCIDENT_REPORTED_V1 = "frontline.incident.reported.v1";
    public static final String CALL_TRANSCRIPT_SEGMENT_V1 = "frontline.callcenter.transcript-segment.v1";

    /** All types that have a contract; a test checks each has a schema and a sample that satisfies it. */
    public static final List<String> ALL = List.of(COMPLAINT_RECEIVED_V1, INCIDENT_REPORTED_V1,
            CALL_TRANSCRIPT_SEGMENT_V1);

    private EventTypes() {
    }
}
