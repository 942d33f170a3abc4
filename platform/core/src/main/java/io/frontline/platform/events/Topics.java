package io.frontline.platform.events;

/** Kafka topics: one per producing aggregate, plus the call-center ingest topic (DESIGN.md, "Events"). */
public final class Topics {
    public static final String COMPLAINTS = "complaints.events";
    public static final String INCIDENTS = "incidents.events";
    public static final String SANCTIONS = "sanctions.events";
    public static final String NOTIFICATIONS = "notifications.events";
    public static final String PREVENTION = "prevention.events";
    public static final String CALLCENTER_TRANSCRIPTS = "callcenter.transcripts";

    private Topics() {
    }

    /** Where records go that cannot be decoded or keep failing. */
    public static String deadLetter(String topic) {
        return topic + ".dlq";
    }
}
