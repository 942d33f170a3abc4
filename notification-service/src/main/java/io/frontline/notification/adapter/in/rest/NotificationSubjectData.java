package io.frontline.notification.adapter.in.rest;

import io.frontline.notification.application.port.in.CustomerSubjectDataUseCase;
import io.frontline.platform.domain.Actor;
import io.frontline.platform.domain.SubjectData;
import io.frontline.platform.domain.SubjectKey;
import io.frontline.platform.subject.SubjectDataHolder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Set;
import java.util.UUID;

/**
 * This service's answer to the platform's {@code /api/subjects/{subjectKey}/data}: the notices about a customer, and
 * the mails to the complainant of the complaints named with {@code ?complaint=}.
 */
@ApplicationScoped
class NotificationSubjectData implements SubjectDataHolder {
    @Inject
    CustomerSubjectDataUseCase subjectData;

    @Override
    public SubjectData.Export export(Actor actor, SubjectKey subject) {
        return export(actor, subject, Set.of());
    }

    @Override
    public SubjectData.Erasure erase(Actor actor, SubjectKey subject) {
        return erase(actor, subject, Set.of());
    }

    @Override
    public SubjectData.Export export(Actor actor, SubjectKey subject, Set<UUID> complaints) {
        return subjectData.export(actor, subject, complaints);
    }

    @Override
    public SubjectData.Erasure erase(Actor actor, SubjectKey subject, Set<UUID> complaints) {
        return subjectData.erase(actor, subject, complaints);
    }
}
