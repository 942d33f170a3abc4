package io.frontline.incident.application.port.out;

import io.frontline.incident.application.domain.model.IncidentStatistics;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Reads the facts behind the safety figures, the reader's sites in the query's condition: {@code sites} null means
 * the whole chain, an empty set reads nothing. The period is half-open, {@code from} inclusive.
 */
public interface IncidentStatisticsPort {
    /** The incidents reported in the period. */
    List<IncidentStatistics.IncidentFacts> incidentsReported(Set<String> sites, Instant from, Instant to);

    /** The care tasks of the incidents reported in the period. */
    List<IncidentStatistics.CareFacts> careTasksOfIncidentsReported(Set<String> sites, Instant from, Instant to);

    /** The suggestions of live detection made in the period. */
    List<IncidentStatistics.DetectionFacts> suggestionsMade(Set<String> sites, Instant from, Instant to);
}
