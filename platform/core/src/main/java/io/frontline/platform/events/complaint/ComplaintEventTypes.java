package io.frontline.platform.events.complaint;

import java.util.List;

/** Event types complaint-service publishes on {@code complaints.events}. */
public final class ComplaintEventTypes {
    public static final String RECEIVED_V1 = "frontline.complaint.received.v1";
    public static final String HARASSMENT_CONFIRMED_V1 = "frontline.complaint.harassment-confirmed.v1";

    public static final List<String> ALL = List.of(RECEIVED_V1, HARASSMENT_CONFIRMED_V1);

    private ComplaintEventTypes() {
    }
}
