package io.frontline.platform.events.sanction;

import java.util.List;

/** Event types sanction-service publishes on {@code sanctions.events}. */
public final class SanctionEventTypes {
    public static final List<String> ALL = List.of();

    private SanctionEventTypes() {
    }
}
