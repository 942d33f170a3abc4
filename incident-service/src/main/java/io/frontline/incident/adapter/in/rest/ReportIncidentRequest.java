package io.frontline.incident.adapter.in.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.List;

/**
 * An incident as a frontline employee reports it, often from a phone: only the site, the types and a
 * description are required. {@code occurredAt} defaults to now, {@code immediateDanger} to false.
 */
public record ReportIncidentRequest(
        @NotBlank @Size(max = 64) String site,
        @NotEmpty(message = "must name at least one type") @Size(max = 20) @IncidentTypeNames List<String> types,
        @NotBlank @Size(max = 10000) String description,
        @PastOrPresent Instant occurredAt,
        Boolean immediateDanger,
        @Valid PerpetratorRequest perpetrator,
        @Size(max = 20) List<@Size(max = 200) String> victims,
        @Size(max = 20) List<@Size(max = 200) String> witnesses,
        Boolean specialistNeeded) {
}
