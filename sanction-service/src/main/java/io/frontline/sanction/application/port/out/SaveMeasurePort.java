package io.frontline.sanction.application.port.out;

import io.frontline.sanction.application.domain.model.Measure;

/** Stores measures; an update of a measure changed meanwhile by someone else fails (optimistic version). */
public interface SaveMeasurePort {
    void insert(Measure measure);

    /** @return the measure as stored, with its new version */
    Measure update(Measure measure);
}
