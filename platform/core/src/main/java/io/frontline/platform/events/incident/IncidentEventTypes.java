package io.frontline.platform.events.incident;

import java.util.List;

/** Event types incident-service publishes on {@code incidents.events}. */
public final class IncidentEventTypes {
    public static final String REPORTED_V1 = "frontline.incident.reported.v1";
    public static final String CONFIRMED_V1 = "frontline.incident.confirmed.v1";

    public static final List<String> ALL = List.of(REPORTED_V1, CONFIRMED_V1);

    private IncidentEventTypes() {
    }
}
