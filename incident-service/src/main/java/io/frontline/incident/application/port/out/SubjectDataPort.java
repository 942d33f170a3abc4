package io.frontline.incident.application.port.out;

import java.util.UUID;

/** What this service keeps about one subject key beside its incidents, and erasing it on request. */
public interface SubjectDataPort {
    /** Calls whose caller was the subject and that still keep the key. */
    int callsOfCaller(String subjectKey);

    boolean hasRepeatPattern(String subjectKey);

    /** The incident no longer names its perpetrator: subject key and description erased. */
    void unlinkPerpetrator(UUID incidentId);

    /**
     * Erases the subject as caller: key and transcript lines of their calls and alert feed, except calls whose
     * suggestion still waits; returns how many calls.
     */
    int eraseCaller(String subjectKey);

    /** Calls of the subject still held by a waiting suggestion. */
    int callsHeldBySuggestion(String subjectKey);

    void forgetRepeatPattern(String subjectKey);
}
