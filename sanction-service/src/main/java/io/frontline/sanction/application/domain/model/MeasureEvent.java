package io.frontline.sanction.application.domain.model;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A step in a measure's life, returned by the aggregate's methods and published by the service. The
 * details of the step are the measure's state right after it.
 */
public record MeasureEvent(UUID eventId, MeasureEventKind kind, UUID measureId, Instant occurredAt) {
    public MeasureEvent {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(measureId, "measureId");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }

    static MeasureEvent of(MeasureEventKind kind, UUID measureId, Instant at) {
        return new MeasureEvent(UUID.randomUUID(), kind, measureId, at);
    }
}
