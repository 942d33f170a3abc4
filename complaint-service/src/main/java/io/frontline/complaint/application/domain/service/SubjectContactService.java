package io.frontline.complaint.application.domain.service;

import io.frontline.complaint.application.domain.model.ComplainantContact;
import io.frontline.complaint.application.domain.model.Complaint;
import io.frontline.complaint.application.port.in.GetSubjectContactQuery;
import io.frontline.complaint.application.port.out.AuditConfidentialReadsPort;
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
import java.util.Optional;
import java.util.UUID;

/**
 * A customer's address by subject key, for the notices about their ban (issue 17): the newest of their complaints
 * that still holds an e-mail, in its language. Subject keys travel between services; the address only here.
 */
@ApplicationScoped
public class SubjectContactService implements GetSubjectContactQuery {
    private final LoadComplaintPort load;
    private final ComplainantContactPort contacts;
    private final AuditConfidentialReadsPort trail;
    private final Clock clock;

    @Inject
    public SubjectContactService(LoadComplaintPort load, ComplainantContactPort contacts,
                                 AuditConfidentialReadsPort trail, Clock clock) {
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
        record Found(Complaint complaint, String email) {
        }
        Optional<Found> newest = contacts.complaintsOfSubject(subjectKey).stream()
                .map((UUID id) -> load.load(id).flatMap(c -> contacts.find(id).map(ComplainantContact::email)
                        .filter(e -> e != null && !e.isBlank()).map(e -> new Found(c, e))))
                .flatMap(Optional::stream)
                .max(Comparator.comparing(f -> f.complaint().receivedAt()));
        Found found = newest.orElseThrow(() -> new NotFound("e-mail address of subject", "(subject key)"));
        trail.granted(ConfidentialRead.granted(reader, ConfidentialRead.COMPLAINANT_CONTACT, subjectKey,
                clock.instant()));
        String language = found.complaint().language() == null ? PartyContactService.DEFAULT_LANGUAGE
                : found.complaint().language();
        return new SubjectContact(found.email(), language);
    }
}
