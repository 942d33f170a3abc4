package io.frontline.incident.application.domain.model.procedure;

/** Kinds of temporary provision the committee may ask management for (seed 004, "Tijdelijke voorzieningen"). */
public enum InterimMeasureKind {
    SEPARATE_WORKPLACES, SEPARATE_SHIFTS, LEAVE_OF_ABSENCE, NO_CONTACT, OTHER
}
