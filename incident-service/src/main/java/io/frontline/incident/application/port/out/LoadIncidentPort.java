package io.frontline.incident.application.port.out;

import io.frontline.incident.application.domain.model.Incident;
import io.frontline.incident.application.domain.model.SubjectSighting;
import io.frontline.platform.domain.SubjectKey;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reads stored incidents, one by id or all of one perpetrator's subject key. */
public interface LoadIncidentPort {
    Optional<Incident> load(UUID incidentId);

    /** Loads the incident for a change, locked against concurrent changes until the transaction ends. */
    Optional<Incident> loadForUpdate(UUID incidentId);

    /** Incidents of the subject that were confirmed at or after {@code since} and are still confirmed. */
    long countConfirmedSince(SubjectKey subject, Instant since);

    /** Where and when the subject was reported, at or after {@code since}. */
    List<SubjectSighting> sightingsSince(SubjectKey subject, Instant since);

    /** Every incident that names the subject, across all sites, newest first. */
    List<Incident> historyOf(SubjectKey subject);

    boolean existsForComplaint(String complaintReference);

    /** The incidents one person reported, newest first, at most {@code limit}. */
    List<Incident> reportedBy(String reporter, int limit);
}
