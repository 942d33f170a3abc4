package io.frontline.sanction.application.port.out;

import java.time.Instant;

/** The stored records that retention erases. */
public interface RetentionPort {
    /**
     * Deletes measures that ended (expired, lifted, rejected) before {@code cutoff} and have no objection pending,
     * with the ban violations recorded against them and their door-list records (profile, photo records whose files
     * are gone, sightings); returns how many measures.
     */
    int deleteMeasuresEndedBefore(Instant cutoff);

    /** Deletes the confirmed incidents and incident signals that reached this service before {@code cutoff}. */
    int deleteIncidentsBefore(Instant cutoff);

    /** Deletes the door list's audit lines written before {@code cutoff}; returns how many. */
    int deleteDoorAuditBefore(Instant cutoff);
}
