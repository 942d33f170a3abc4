package io.frontline.sanction.application.port.out;

import io.frontline.sanction.application.domain.model.IncidentSignal;

import java.util.List;
import java.util.Set;

/** Reads incident signals, most recently received first. */
public interface LoadIncidentSignalsPort {
    List<IncidentSignal> newestFirst(int limit);

    List<IncidentSignal> newestFirstAt(Set<String> siteIds, int limit);
}
