package io.frontline.incident.adapter.in.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.List;

/**
 * Details added to an incident after its quick report; every field is optional. {@code types},
 * {@code victims} and {@code witnesses} are added to those already known; {@code immediateDanger} can be
 * raised to true but not lowered; the perpetrator's identifier becomes a subject key at once, as in the
 * report.
 */
public record AddIncidentDetailsRequest(
        @PastOrPresent Instant occurredAt,
        @Size(max = 20) @IncidentTypeNames List<String> types,
        @Size(max = 20) List<@Size(max = 200) String> victims,
        @Size(max = 20) List<@Size(max = 200) String> witnesses,
        @Valid PerpetratorRequest perpetrator,
        Boolean immediateDanger) {
}
