package io.frontline.incident.application.domain.model.procedure;

/**
 * The three seats of the complaints committee (seed 004: "een vertegenwoordiger namens de werknemers, ...
 * een vertegenwoordiger namens de werkgever ... en een externe derde").
 */
public enum CommitteeSeat {
    EMPLOYEE_REPRESENTATIVE, EMPLOYER_REPRESENTATIVE, EXTERNAL_THIRD_PARTY
}
