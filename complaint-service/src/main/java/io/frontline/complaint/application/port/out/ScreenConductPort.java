package io.frontline.complaint.application.port.out;

import io.frontline.complaint.application.domain.model.ConductIndicator;

import java.util.Set;

/** Automatic screening of a complaint's text for signs of unacceptable conduct (seed 000); it only suggests. */
public interface ScreenConductPort {
    Set<ConductIndicator> screen(String text);
}
