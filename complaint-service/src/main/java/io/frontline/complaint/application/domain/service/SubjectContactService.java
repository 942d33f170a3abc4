package io.frontline.complaint.application.domain.service;

import io.frontline.complaint.application.domain.model.ComplainantContact;
import io.frontline.complaint.application.domain.model.Complaint;
import io.frontline.complaint.application.port.in.GetSubjectContactQuery;
import io.frontline.platform.audit.ConfidentialReadLog;
import io.frontline.complaint.application.port.out.ComplainantContactPort;
import io.frontline.complaint.application.port.out.LoadComplaintPort;
import io.frontline.platform.domain.AccessDenied;
import io.frontline.platform.domain.ConfidentialRead;
import io.frontline.platform.domain.NotFound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A customer's address by subject key, for the notices about their ban (issue 17): the e-mail of the newest of their
 * complaints that still holds one, the phone number of the newest that holds one, in the language of the newest
 * complaint holding either. Subject keys travel between services; the address and number only here.
 */
@ApplicationScoped
public class SubjectContactService implements GetSubjectContactQuery {
    private final LoadComplaintPort load;
    private final ComplainantContactPort contacts;
    private final ConfidentialReadLog trail;
    private final Clock clock;

    @Inject
    public SubjectContactService(LoadComplaintPort load, ComplainantContactPort contacts,
                                 ConfidentialReadLog trail, Clock clock) {
        this.load = load;
        this.contacts = contacts;
        this.trail = trail;
        this.clock = clock;
    }

    @Override
    @Transactional
    public SubjectContact contactOf(String reader, boolean permitted, String subjectKey) {
        if (!permitted) {
            trail.refused(ConfidentialRead.refused(reader, ConfidentialRead.COMPLAINANT_CONTACT, subjectKey,
                    clock.instant()));
            throw new AccessDenied("This client may not read customers' contact data");
        }
        record Found(Complaint complaint, ComplainantContact contact) {
        }
        List<Found> reachable = contacts.complaintsOfSubject(subjectKey).stream()
                .map((UUID id) -> load.load(id).flatMap(c -> contacts.find(id)
                        .filter(k -> k.email() != null || k.phone() != null).map(k -> new Found(c, k))))
                .flatMap(Optional::stream)
                .sorted(Comparator.comparing((Found f) -> f.complaint().receivedAt()).reversed())
                .toList();
        if (reachable.isEmpty()) {
            throw new NotFound("e-mail address or phone number of subject", "(subject key)");
        }
        trail.granted(ConfidentialRead.granted(reader, ConfidentialRead.COMPLAINANT_CONTACT, subjectKey,
                clock.instant()));
        String email = reachable.stream().map(f -> f.contact().email()).filter(Objects::nonNull).findFirst()
                .orElse(null);
        String phone = reachable.stream().map(f -> f.contact().phone()).filter(Objects::nonNull).findFirst()
                .orElse(null);
        Complaint newest = reachable.get(0).complaint();
        String language = newest.language() == null ? PartyContactService.DEFAULT_LANGUAGE : newest.language();
        return new SubjectContact(email, phone, language);
    }
}
