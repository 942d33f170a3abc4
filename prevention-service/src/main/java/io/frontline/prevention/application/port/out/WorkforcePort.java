package io.frontline.prevention.application.port.out;

import io.frontline.prevention.application.domain.model.Workforce;

/** The chain's employees and their sites (the people directory). */
public interface WorkforcePort {
    Workforce workforce();
}
