package io.frontline.complaint.adapter.in.rest;

import io.frontline.complaint.application.port.in.ComplainantSubjectDataUseCase;
import io.frontline.platform.domain.Actor;
import io.frontline.platform.domain.SubjectKey;
import io.frontline.platform.domain.SubjectData;
import io.frontline.platform.subject.SubjectDataHolder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** This service's answer to the platform's {@code /api/subjects/{subjectKey}/data}: the customer's complaints. */
@ApplicationScoped
class ComplaintSubjectData implements SubjectDataHolder {
    @Inject
    ComplainantSubjectDataUseCase subjectData;

    @Override
    public SubjectData.Export export(Actor actor, SubjectKey subject) {
        return subjectData.export(actor, subject);
    }

    @Override
    public SubjectData.Erasure erase(Actor actor, SubjectKey subject) {
        return subjectData.erase(actor, subject);
    }
}
