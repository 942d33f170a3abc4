package io.frontline.platform.events.procedure;

import java.util.List;

/**
 * Event types of the internal unwanted-behaviour procedure (seed 004), published by incident-service
 * on {@code incidents.events}. They carry no more personal data than their consumers need.
 */
public final class ProcedureEventTypes {
    public static final List<String> ALL = List.of();

    private ProcedureEventTypes() {
    }
}
