package io.frontline.incident.application.port.out.procedure;

import io.frontline.incident.application.domain.model.procedure.Committee;

/** The chain's complaints committee on unwanted behaviour as currently appointed (seed 004). */
public interface LoadCommitteePort {
    Committee committee();
}
