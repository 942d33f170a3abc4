package io.frontline.notification.application.domain.service;

import io.frontline.platform.events.callcenter.CallcenterEventTypes;
import io.frontline.platform.events.incident.IncidentEventTypes;
import io.frontline.platform.events.notification.NotificationEventTypes;

import java.util.List;

/** The event types a routing rule file need not cover, because they never notify anyone. */
public final class SilentEventTypes {
    /**
     * Types that never notify anyone: the call-center transcript ingest, this service's own events, and a person's
     * action on a suggested incident (it acknowledges the live alert's escalation; the actor knows what they did).
     */
    public static final List<String> NOT_NOTIFYING = List.of(CallcenterEventTypes.TRANSCRIPT_SEGMENT_V1,
            NotificationEventTypes.DELIVERY_FAILED_V1, IncidentEventTypes.SUGGESTION_ACTED_ON_V1);

    private SilentEventTypes() {
    }
}
