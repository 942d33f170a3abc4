package io.frontline.incident.application.domain.service;

import io.frontline.incident.application.domain.model.RetentionPeriods;
import io.frontline.incident.application.port.in.EraseExpiredDataUseCase;
import io.frontline.incident.application.port.out.EvidenceFilesPort;
import io.frontline.incident.application.port.out.RetentionPort;
import io.frontline.incident.application.port.out.procedure.LoadFormalComplaintPort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

/**
 * Erases what has passed its retention period (DESIGN.md: personal data has a retention period after closure), kind
 * by kind; legal holds keep what is still open. One run is one transaction, at most {@link #BATCH} incidents.
 */
@ApplicationScoped
public class RetentionService implements EraseExpiredDataUseCase {
    /** Incidents anonymised per run; the next run takes the rest. */
    static final int BATCH = 500;

    private final RetentionPort retention;
    private final EvidenceFilesPort files;
    private final LoadFormalComplaintPort formalComplaints;
    private final RetentionPeriods periods;
    private final Clock clock;

    @Inject
    public RetentionService(RetentionPort retention, EvidenceFilesPort files, LoadFormalComplaintPort formalComplaints,
                            RetentionPeriods periods, Clock clock) {
        this.retention = retention;
        this.files = files;
        this.formalComplaints = formalComplaints;
        this.periods = periods;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Erased eraseExpired() {
        Instant now = clock.instant();
        int incidents = 0;
        Set<String> shas = new LinkedHashSet<>();
        for (UUID id : retention.closedIncidentsBefore(RetentionPeriods.endedBefore(periods.incident(), now), BATCH)) {
            shas.addAll(retention.anonymiseIncident(id, now));
            incidents++;
        }
        int evidenceFiles = 0;
        for (String sha : shas) {
            // the same bytes can be evidence of another incident too: they go with the last reference
            if (!retention.fileReferenced(sha)) {
                files.eraseAfterCommit(sha);
                evidenceFiles++;
            }
        }
        retention.forgetSubjectPatternsBefore(RetentionPeriods.endedBefore(periods.incident(), now));
        int complaints = 0;
        for (UUID id : retention.formalComplaintsWithoutRunningTerms()) {
            boolean over = formalComplaints.load(id).flatMap(c -> c.endedAt(now))
                    .filter(ended -> RetentionPeriods.isOver(periods.formalComplaint(), ended, now)).isPresent();
            if (over) {
                retention.deleteFormalComplaint(id);
                complaints++;
            }
        }
        int notes = retention.deleteCounsellorNotesWrittenBefore(
                RetentionPeriods.endedBefore(periods.counsellorNote(), now));
        int calls = retention.eraseLiveCallStateBefore(RetentionPeriods.endedBefore(periods.liveCall(), now));
        return new Erased(incidents, evidenceFiles, complaints, notes, calls);
    }
}
