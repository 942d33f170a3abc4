package io.frontline.incident.application.domain.model.procedure;

/** The two parties of a formal complaint (seed 004: "de klager en degene over wie is geklaagd"). */
public enum PartySide {
    COMPLAINANT, ACCUSED
}
