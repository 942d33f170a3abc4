package io.frontline.incident.application.domain.model.procedure;

/**
 * The sanctions management may impose on whom a founded complaint is directed against (seed 004: "een
 * schriftelijke berisping, een schorsing, een geldboete, overplaatsing, ontslag").
 */
public enum StaffSanctionType {
    WRITTEN_REPRIMAND, SUSPENSION, FINE, TRANSFER, DISMISSAL
}
