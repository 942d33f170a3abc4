package io.frontline.platform.events;

import io.frontline.platform.events.callcenter.CallcenterEventTypes;
import io.frontline.platform.events.complaint.ComplaintEventTypes;
import io.frontline.platform.events.incident.IncidentEventTypes;
import io.frontline.platform.events.notification.NotificationEventTypes;
import io.frontline.platform.events.prevention.PreventionEventTypes;
import io.frontline.platform.events.procedure.ProcedureEventTypes;
import io.frontline.platform.events.sanction.SanctionEventTypes;

import java.util.List;
import java.util.stream.Stream;

/**
 * Every versioned CloudEvents type that has a contract: a JSON Schema and a sample under
 * {@code frontline/events/} that producers and consumers test against. The constants live with their
 * producer ({@link ComplaintEventTypes}, {@link IncidentEventTypes}, ...). A breaking change gets a new
 * version (v2) next to the old one, never an edit of v1.
 */
public final class EventTypes {
    /** A test checks that each has a schema and a sample that satisfies it. */
    public static final List<String> ALL = Stream.of(ComplaintEventTypes.ALL, IncidentEventTypes.ALL,
            ProcedureEventTypes.ALL, SanctionEventTypes.ALL, NotificationEventTypes.ALL, CallcenterEventTypes.ALL,
            PreventionEventTypes.ALL)
            .flatMap(List::stream).toList();

    private EventTypes() {
    }
}
