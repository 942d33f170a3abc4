package io.frontline.incident.application.domain.service;

import io.frontline.incident.application.domain.model.RetentionPeriods;
import io.frontline.incident.application.port.out.EvidenceFilesPort;
import io.frontline.incident.application.port.out.RetentionPort;
import io.frontline.incident.application.port.out.procedure.LoadFormalComplaintPort;
import io.frontline.platform.retention.RetentionKind;
import io.frontline.platform.retention.RetentionPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * What this service erases after retention (DESIGN.md: personal data has a retention period after closure), kind by
 * kind, run by the platform's retention job in one transaction; legal holds keep what is still open. One run
 * anonymises at most {@link #BATCH} incidents.
 */
@ApplicationScoped
public class RetentionService implements RetentionPolicy {
    /** Incidents anonymised per run; the next run takes the rest. */
    static final int BATCH = 500;

    private final RetentionPort retention;
    private final EvidenceFilesPort files;
    private final LoadFormalComplaintPort formalComplaints;
    private final RetentionPeriods periods;

    @Inject
    public RetentionService(RetentionPort retention, EvidenceFilesPort files, LoadFormalComplaintPort formalComplaints,
                            RetentionPeriods periods) {
        this.retention = retention;
        this.files = files;
        this.formalComplaints = formalComplaints;
        this.periods = periods;
    }

    /** The kinds of one run: the evidence files it erases are those of the incidents it anonymised. */
    @Override
    public List<RetentionKind> kinds() {
        Set<String> shas = new LinkedHashSet<>();
        return List.of(
                new RetentionKind("incidents", periods.incident(), (cutoff, now) -> {
                    int incidents = 0;
                    for (UUID id : retention.closedIncidentsBefore(cutoff, BATCH)) {
                        shas.addAll(retention.anonymiseIncident(id, now));
                        incidents++;
                    }
                    return incidents;
                }),
                new RetentionKind("evidence files", periods.incident(), (cutoff, now) -> {
                    int erased = 0;
                    for (String sha : shas) {
                        // the same bytes can be evidence of another incident too: they go with the last reference
                        if (!retention.fileReferenced(sha)) {
                            files.eraseAfterCommit(sha);
                            erased++;
                        }
                    }
                    return erased;
                }),
                new RetentionKind("subject patterns", periods.incident(),
                        (cutoff, now) -> retention.forgetSubjectPatternsBefore(cutoff)),
                new RetentionKind("formal complaints", periods.formalComplaint(), (cutoff, now) -> {
                    int complaints = 0;
                    for (UUID id : retention.formalComplaintsWithoutRunningTerms()) {
                        boolean over = formalComplaints.load(id).flatMap(c -> c.endedAt(now))
                                .filter(ended -> RetentionPeriods.isOver(periods.formalComplaint(), ended, now))
                                .isPresent();
                        if (over) {
                            retention.deleteFormalComplaint(id);
                            complaints++;
                        }
                    }
                    return complaints;
                }),
                new RetentionKind("counsellor notes", periods.counsellorNote(),
                        (cutoff, now) -> retention.deleteCounsellorNotesWrittenBefore(cutoff)),
                new RetentionKind("live calls", periods.liveCall(),
                        (cutoff, now) -> retention.eraseLiveCallStateBefore(cutoff)));
    }
}
