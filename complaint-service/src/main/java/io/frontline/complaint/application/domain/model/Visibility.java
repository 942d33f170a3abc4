package io.frontline.complaint.application.domain.model;

/** Who may read a timeline entry: the complainant too, or staff only (an internal note). */
public enum Visibility {
    COMPLAINANT, INTERNAL
}
