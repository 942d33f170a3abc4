package io.frontline.sanction.application.port.out;

import io.frontline.platform.domain.SubjectKey;
import io.frontline.sanction.application.domain.model.ConfirmedIncident;

import java.time.Instant;
import java.util.List;

/** The confirmed incidents this service learnt of: history for the ladder. */
public interface ConfirmedIncidentsPort {
    /** @return false if the incident was recorded before */
    boolean record(ConfirmedIncident incident);

    List<ConfirmedIncident> ofSubjectSince(SubjectKey subjectKey, Instant since);
}
