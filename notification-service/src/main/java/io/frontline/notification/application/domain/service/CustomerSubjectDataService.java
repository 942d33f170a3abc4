package io.frontline.notification.application.domain.service;

import io.frontline.notification.application.port.in.CustomerSubjectDataUseCase;
import io.frontline.platform.audit.ConfidentialReadLog;
import io.frontline.notification.application.port.out.CustomerDataPort;
import io.frontline.platform.domain.AccessDenied;
import io.frontline.platform.domain.Actor;
import io.frontline.platform.domain.ConfidentialRead;
import io.frontline.platform.domain.Roles;
import io.frontline.platform.domain.SubjectData;
import io.frontline.platform.domain.SubjectKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The notices about one customer, by subject key. A delivery that still waits to be sent is a legal hold: the notice
 * of a ban must reach the customer (issue 17), so it is kept — with the reason — and erased when asked again after it
 * was sent — the same for a mail to a complainant of one of the customer's complaints. Export and erasure are in
 * the trail of confidential reads.
 */
@ApplicationScoped
public class CustomerSubjectDataService implements CustomerSubjectDataUseCase {
    static final String WAITING = "The notice is still waiting to be sent; it can be erased once it has been sent.";

    private final CustomerDataPort data;
    private final ConfidentialReadLog trail;
    private final Clock clock;

    @Inject
    public CustomerSubjectDataService(CustomerDataPort data, ConfidentialReadLog trail, Clock clock) {
        this.data = data;
        this.trail = trail;
        this.clock = clock;
    }

    @Override
    @Transactional
    public SubjectData.Export export(Actor actor, SubjectKey subject, Set<UUID> complaints) {
        mayHandle(actor, subject);
        trail.granted(ConfidentialRead.granted(actor.userId(), ConfidentialRead.SUBJECT_DATA, subject.value(),
                clock.instant()));
        return new SubjectData.Export(SERVICE, subject.value(), List.of(
                SubjectData.Held.of(DELIVERIES, data.deliveriesAbout(subject.value(), complaints)),
                SubjectData.Held.of(INBOX_ENTRIES, data.inboxEntriesAbout(subject.value()))));
    }

    @Override
    @Transactional
    public SubjectData.Erasure erase(Actor actor, SubjectKey subject, Set<UUID> complaints) {
        mayHandle(actor, subject);
        trail.granted(ConfidentialRead.granted(actor.userId(), ConfidentialRead.SUBJECT_DATA, subject.value(),
                clock.instant()));
        List<SubjectData.Kept> kept = data.waitingDeliveriesAbout(subject.value(), complaints).stream()
                .map(id -> new SubjectData.Kept(DELIVERIES, id, WAITING)).toList();
        int inbox = data.inboxEntriesAbout(subject.value()).size();
        int erased = data.eraseEndedDeliveries(subject.value(), complaints);
        int inboxLeft = data.inboxEntriesAbout(subject.value()).size();
        return new SubjectData.Erasure(SERVICE, subject.value(), List.of(new SubjectData.Erased(DELIVERIES, erased),
                new SubjectData.Erased(INBOX_ENTRIES, inbox - inboxLeft)), kept);
    }

    private void mayHandle(Actor actor, SubjectKey subject) {
        if (!actor.hasAnyRole(Roles.HQ_SAFETY, Roles.ADMIN)) {
            trail.refused(ConfidentialRead.refused(actor.userId(), ConfidentialRead.SUBJECT_DATA, subject.value(),
                    clock.instant()));
            throw new AccessDenied("Only HQ safety and administrators handle a customer's data request");
        }
    }
}
