package io.frontline.sanction.application.port.out;

import java.util.UUID;

/** What this service keeps about one subject key beside its measures, and erasing it on request. */
public interface SubjectDataPort {
    int violationsOf(String subjectKey);

    int incidentsOf(String subjectKey);

    /** Deletes the measure with the ban violations recorded against it. */
    void deleteMeasure(UUID measureId);

    /** Confirmed incidents and signals no longer name the subject; returns how many. */
    int forgetInIncidents(String subjectKey);
}
