package io.frontline.incident.application.domain.model;

import java.time.LocalDate;
import java.util.Objects;

/** A report filed with the police (seed 001: aggression, threats or insults can be reported to the police). */
public record PoliceReport(String station, String reference, LocalDate filedOn) {
    public PoliceReport {
        if (station == null || station.isBlank() || reference == null || reference.isBlank()) {
            throw new IllegalArgumentException("a police report names its station and reference");
        }
        Objects.requireNonNull(filedOn, "filedOn");
    }
}
