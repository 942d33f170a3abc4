package io.frontline.incident.application.domain.model;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Facts added to an incident after the quick report (issue: "occurred-at, victims, witnesses, perpetrator,
 * an immediate-danger flag and more can be added later"). Every part is optional: types, victims and
 * witnesses are added to those already known, the perpetrator completes the one already named, the time
 * it happened replaces the default of the report, and immediate danger can only be raised.
 *
 * @param immediateDanger {@code null} when the reporter says nothing about it
 */
public record IncidentDetails(Instant occurredAt, Set<IncidentType> types, List<String> victims,
                              List<String> witnesses, Perpetrator perpetrator, Boolean immediateDanger) {
    public IncidentDetails {
        types = types == null || types.isEmpty() ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(types));
        victims = names(victims);
        witnesses = names(witnesses);
    }

    private static List<String> names(List<String> names) {
        return names == null ? List.of()
                : names.stream().filter(Objects::nonNull).map(String::strip).filter(n -> !n.isEmpty()).toList();
    }

    public Optional<Instant> occurredAtIfGiven() {
        return Optional.ofNullable(occurredAt);
    }

    public Optional<Perpetrator> perpetratorIfGiven() {
        return Optional.ofNullable(perpetrator);
    }
}
