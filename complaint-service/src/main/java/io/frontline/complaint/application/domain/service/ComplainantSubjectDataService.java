package io.frontline.complaint.application.domain.service;

import io.frontline.complaint.application.domain.model.ComplainantContact;
import io.frontline.complaint.application.domain.model.Complaint;
import io.frontline.complaint.application.domain.model.TimelineEntry;
import io.frontline.complaint.application.port.in.ComplainantSubjectDataUseCase;
import io.frontline.platform.audit.ConfidentialReadLog;
import io.frontline.complaint.application.port.out.ComplainantContactPort;
import io.frontline.complaint.application.port.out.LoadComplaintPort;
import io.frontline.complaint.application.port.out.SaveComplaintPort;
import io.frontline.platform.domain.AccessDenied;
import io.frontline.platform.domain.Actor;
import io.frontline.platform.domain.ConfidentialRead;
import io.frontline.platform.domain.Roles;
import io.frontline.platform.domain.SubjectKey;
import io.frontline.platform.domain.WireName;
import io.frontline.platform.domain.SubjectData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The complaints of one customer and their contact data, by subject key (the HMAC of the e-mail address or phone
 * number they left). Erasure does what the retention job does after closure — the contact data and the key go, the
 * complaint's text stays for the figures — but on request, and only for closed complaints: an open complaint still
 * needs its complainant (seed 002: the complainant gets an answer), so it is kept, with the reason.
 */
@ApplicationScoped
public class ComplainantSubjectDataService implements ComplainantSubjectDataUseCase {
    static final String COMPLAINTS = "complaints";
    static final String OPEN_COMPLAINT = "The complaint is still open: the complainant's contact data is needed to "
            + "answer it (seed 002); it is erased once the complaint is closed.";

    private final LoadComplaintPort load;
    private final SaveComplaintPort save;
    private final ComplainantContactPort contacts;
    private final ConfidentialReadLog trail;
    private final Clock clock;

    @Inject
    public ComplainantSubjectDataService(LoadComplaintPort load, SaveComplaintPort save,
                                         ComplainantContactPort contacts, ConfidentialReadLog trail,
                                         Clock clock) {
        this.load = load;
        this.save = save;
        this.contacts = contacts;
        this.trail = trail;
        this.clock = clock;
    }

    @Override
    @Transactional
    public SubjectData.Export export(Actor actor, SubjectKey subject) {
        mayHandle(actor, subject);
        trail.granted(ConfidentialRead.granted(actor.userId(), ConfidentialRead.SUBJECT_DATA, subject.value(),
                clock.instant()));
        List<ComplaintHeld> records = new ArrayList<>();
        for (Complaint c : complaintsOf(subject)) {
            ComplainantContact contact = contacts.find(c.id()).orElse(new ComplainantContact(null, null, null));
            records.add(new ComplaintHeld(c.reference().value(), c.siteId(), c.receivedAt(),
                    WireName.fromConstant(c.status().name()), c.subject(), c.description(),
                    contact.name(), contact.email(), contact.phone(),
                    c.messagesForComplainant().stream().map(TimelineEntry::text).filter(Objects::nonNull).toList()));
        }
        return new SubjectData.Export(SERVICE, subject.value(), List.of(SubjectData.Held.of(COMPLAINTS, records)));
    }

    @Override
    @Transactional
    public SubjectData.Erasure erase(Actor actor, SubjectKey subject) {
        mayHandle(actor, subject);
        trail.granted(ConfidentialRead.granted(actor.userId(), ConfidentialRead.SUBJECT_DATA, subject.value(),
                clock.instant()));
        int erased = 0;
        List<SubjectData.Kept> kept = new ArrayList<>();
        for (Complaint c : complaintsOf(subject)) {
            if (!c.isClosed()) {
                kept.add(new SubjectData.Kept(COMPLAINTS, c.reference().value(), OPEN_COMPLAINT));
                continue;
            }
            contacts.erase(c.id());
            if (c.complainantSubjectKey() != null) {
                c.forgetComplainant();
                save.save(c);
            }
            erased++;
        }
        return new SubjectData.Erasure(SERVICE, subject.value(),
                List.of(new SubjectData.Erased(COMPLAINTS, erased)), kept);
    }

    @Override
    @Transactional
    public Set<UUID> complaintIdsOf(Actor actor, SubjectKey subject) {
        mayHandle(actor, subject);
        return new LinkedHashSet<>(contacts.complaintsOfSubject(subject.value()));
    }

    private List<Complaint> complaintsOf(SubjectKey subject) {
        return contacts.complaintsOfSubject(subject.value()).stream().distinct().map(load::load)
                .flatMap(Optional::stream).toList();
    }

    private void mayHandle(Actor actor, SubjectKey subject) {
        if (!actor.hasAnyRole(Roles.HQ_SAFETY, Roles.ADMIN)) {
            trail.refused(ConfidentialRead.refused(actor.userId(), ConfidentialRead.SUBJECT_DATA, subject.value(),
                    clock.instant()));
            throw new AccessDenied("Only HQ safety and administrators handle a customer's data request");
        }
    }
}
