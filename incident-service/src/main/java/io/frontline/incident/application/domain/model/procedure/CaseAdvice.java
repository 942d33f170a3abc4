package io.frontline.incident.application.domain.model.procedure;

/**
 * The committee's advice on measures in this case, sanctions included (seed 004, "Oordeel" 3). No sanction
 * is advised when {@code sanction} is null.
 */
public record CaseAdvice(StaffSanction sanction, String measures) {
}
