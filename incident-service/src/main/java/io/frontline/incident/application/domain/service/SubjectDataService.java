package io.frontline.incident.application.domain.service;

import io.frontline.platform.audit.ConfidentialReads;
import io.frontline.incident.application.domain.model.Incident;
import io.frontline.incident.application.domain.model.IncidentStatus;
import io.frontline.incident.application.port.in.SubjectDataUseCase;
import io.frontline.incident.application.port.out.LoadIncidentPort;
import io.frontline.incident.application.port.out.SubjectDataPort;
import io.frontline.platform.domain.AccessDenied;
import io.frontline.platform.domain.Actor;
import io.frontline.platform.domain.ConfidentialRead;
import io.frontline.platform.domain.Roles;
import io.frontline.platform.domain.SubjectKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.List;

/**
 * Subject access and erasure for a customer (DESIGN.md: customers are known only by subject key): the incidents that
 * name them, their calls, the repeat-pattern mark. An open incident is a legal hold: it keeps naming them.
 */
@ApplicationScoped
public class SubjectDataService implements SubjectDataUseCase {
    private final LoadIncidentPort incidents;
    private final SubjectDataPort data;
    private final ConfidentialReads reads;

    @Inject
    public SubjectDataService(LoadIncidentPort incidents, SubjectDataPort data, ConfidentialReads reads) {
        this.incidents = incidents;
        this.data = data;
        this.reads = reads;
    }

    @Override
    @Transactional
    public SubjectData export(Actor actor, SubjectKey subject) {
        mayHandle(actor, subject);
        reads.granted(actor, ConfidentialRead.SUBJECT_DATA, subject.value());
        return new SubjectData(incidents.historyOf(subject), data.callsOfCaller(subject.value()),
                data.hasRepeatPattern(subject.value()));
    }

    @Override
    @Transactional
    public SubjectErasure erase(Actor actor, SubjectKey subject) {
        mayHandle(actor, subject);
        List<String> unlinked = new ArrayList<>();
        List<Kept> kept = new ArrayList<>();
        for (Incident incident : incidents.historyOf(subject)) {
            if (incident.status() == IncidentStatus.CLOSED) {
                data.unlinkPerpetrator(incident.id());
                unlinked.add(incident.reference().value());
            } else {
                kept.add(new Kept("incidents", incident.reference().value(), Kept.OPEN_CASE));
            }
        }
        int held = data.callsHeldBySuggestion(subject.value());
        if (held > 0) {
            kept.add(new Kept("calls", held + " call(s)", Kept.PENDING_SUGGESTION));
        }
        int calls = data.eraseCaller(subject.value());
        if (kept.isEmpty()) {
            data.forgetRepeatPattern(subject.value());
        }
        return new SubjectErasure(unlinked, calls, kept);
    }

    private void mayHandle(Actor actor, SubjectKey subject) {
        if (!actor.hasAnyRole(Roles.HQ_SAFETY, Roles.ADMIN)) {
            reads.refused(actor, ConfidentialRead.SUBJECT_DATA, subject.value());
            throw new AccessDenied("Only HQ safety and administrators handle a customer's data request");
        }
    }
}
