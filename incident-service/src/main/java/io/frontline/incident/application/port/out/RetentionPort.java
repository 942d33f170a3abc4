package io.frontline.incident.application.port.out;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The stored records that retention erases or anonymises, kind by kind. */
public interface RetentionPort {
    /**
     * Closed incidents, not anonymised yet, closed before {@code cutoff} — except those whose perpetrator has an
     * incident that is still open (legal hold: the subject's history stays whole while someone handles them).
     */
    List<UUID> closedIncidentsBefore(Instant cutoff, int max);

    /**
     * Anonymises the incident: description, victims, witnesses, perpetrator key and description, the reasons and
     * notes written about it and its care-task notes are erased; statements and evidence references removed.
     *
     * @return the SHA-256 of every stored evidence file the incident referred to
     */
    List<String> anonymiseIncident(UUID incidentId, Instant at);

    /** Whether any evidence still refers to the file kept under {@code sha256}. */
    boolean fileReferenced(String sha256);

    /** Removes the subject-pattern marks last seen before {@code cutoff}. */
    int forgetSubjectPatternsBefore(Instant cutoff);

    /** Formal complaints whose terms no longer run (candidates: the domain decides whether each has ended). */
    List<UUID> formalComplaintsWithoutRunningTerms();

    void deleteFormalComplaint(UUID complaintId);

    /** Deletes counsellor notes written before {@code cutoff}; the trail of read attempts stays. */
    int deleteCounsellorNotesWrittenBefore(Instant cutoff);

    /**
     * Erases transcript lines and callers' subject keys of calls first seen before {@code cutoff}, except calls whose
     * suggestion still waits for the supervisor; returns how many calls.
     */
    int eraseLiveCallStateBefore(Instant cutoff);
}
