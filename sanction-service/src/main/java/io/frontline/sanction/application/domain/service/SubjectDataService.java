package io.frontline.sanction.application.domain.service;

import io.frontline.platform.audit.ConfidentialReads;
import io.frontline.platform.domain.AccessDenied;
import io.frontline.platform.domain.Actor;
import io.frontline.platform.domain.ConfidentialRead;
import io.frontline.platform.domain.Roles;
import io.frontline.platform.domain.SubjectKey;
import io.frontline.sanction.application.domain.model.Measure;
import io.frontline.sanction.application.domain.model.MeasureStatus;
import io.frontline.sanction.application.port.in.SubjectDataUseCase;
import io.frontline.sanction.application.port.out.DoorPhotoFilesPort;
import io.frontline.sanction.application.port.out.DoorRecordsPort;
import io.frontline.sanction.application.port.out.LoadMeasurePort;
import io.frontline.sanction.application.port.out.SubjectDataPort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.List;

/**
 * Subject access and erasure for a customer: the measures against them and what the ladder remembers. A measure
 * not ended (an active ban) or with an objection pending is a legal hold; while one exists the ladder's memory of
 * the subject's incidents stays too, as the next proposal would rest on it.
 */
@ApplicationScoped
public class SubjectDataService implements SubjectDataUseCase {
    /** More than any customer collects; the export says every measure. */
    private static final int ALL = 10_000;

    private final LoadMeasurePort measures;
    private final SubjectDataPort data;
    private final ConfidentialReads reads;
    private final DoorRecordsPort doorRecords;
    private final DoorPhotoFilesPort doorPhotos;

    @Inject
    public SubjectDataService(LoadMeasurePort measures, SubjectDataPort data, ConfidentialReads reads,
                              DoorRecordsPort doorRecords, DoorPhotoFilesPort doorPhotos) {
        this.doorRecords = doorRecords;
        this.doorPhotos = doorPhotos;
        this.measures = measures;
        this.data = data;
        this.reads = reads;
    }

    @Override
    @Transactional
    public SubjectData export(Actor actor, SubjectKey subject) {
        mayHandle(actor, subject);
        reads.granted(actor, ConfidentialRead.SUBJECT_DATA, subject.value());
        return new SubjectData(measures.newestFirst(subject, null, ALL), data.violationsOf(subject.value()),
                data.incidentsOf(subject.value()));
    }

    @Override
    @Transactional
    public SubjectErasure erase(Actor actor, SubjectKey subject) {
        mayHandle(actor, subject);
        List<String> erased = new ArrayList<>();
        List<Kept> kept = new ArrayList<>();
        for (Measure measure : measures.newestFirst(subject, null, ALL)) {
            boolean ended = measure.status() == MeasureStatus.EXPIRED || measure.status() == MeasureStatus.LIFTED
                    || measure.status() == MeasureStatus.REJECTED;
            boolean objectionPending = measure.objection().map(o -> !o.isDecided()).orElse(false);
            if (!ended) {
                kept.add(new Kept(measure.id().toString(), Kept.ACTIVE_MEASURE));
            } else if (objectionPending) {
                kept.add(new Kept(measure.id().toString(), Kept.PENDING_OBJECTION));
            } else {
                // The door list's photos of the person go with the measure: the files first, then every row.
                doorRecords.photosOf(measure.id()).forEach(photo -> doorPhotos.delete(photo.id()));
                data.deleteMeasure(measure.id());
                erased.add(measure.id().toString());
            }
        }
        int incidents = kept.isEmpty() ? data.forgetInIncidents(subject.value()) : 0;
        return new SubjectErasure(erased, incidents, kept);
    }

    private void mayHandle(Actor actor, SubjectKey subject) {
        if (!actor.hasAnyRole(Roles.HQ_SAFETY, Roles.ADMIN)) {
            reads.refused(actor, ConfidentialRead.SUBJECT_DATA, subject.value());
            throw new AccessDenied("Only HQ safety and administrators handle a customer's data request");
        }
    }
}
