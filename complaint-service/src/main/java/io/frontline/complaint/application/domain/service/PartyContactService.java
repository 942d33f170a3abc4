package io.frontline.complaint.application.domain.service;

import io.frontline.complaint.application.domain.model.ComplainantContact;
import io.frontline.complaint.application.domain.model.Complaint;
import io.frontline.complaint.application.port.in.GetPartyContactQuery;
import io.frontline.platform.audit.ConfidentialReadLog;
import io.frontline.complaint.application.port.out.ComplainantContactPort;
import io.frontline.complaint.application.port.out.LoadComplaintPort;
import io.frontline.complaint.application.port.out.ReplyTokenPort;
import io.frontline.platform.domain.AccessDenied;
import io.frontline.platform.domain.ConfidentialRead;
import io.frontline.platform.domain.NotFound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.UUID;

/** The complainant's address for the mail they get (acknowledgement, questions, answer, escalation, reopening); contact data stays apart and is read only here. */
@ApplicationScoped
public class PartyContactService implements GetPartyContactQuery {
    /** The chain's language when a complaint was filed without one (the source documents are Dutch). */
    static final String DEFAULT_LANGUAGE = "nl";

    private final LoadComplaintPort load;
    private final ComplainantContactPort contacts;
    private final ConfidentialReadLog trail;
    private final ReplyTokenPort replyTokens;
    private final Clock clock;

    @Inject
    public PartyContactService(LoadComplaintPort load, ComplainantContactPort contacts,
                               ConfidentialReadLog trail, ReplyTokenPort replyTokens, Clock clock) {
        this.load = load;
        this.contacts = contacts;
        this.trail = trail;
        this.replyTokens = replyTokens;
        this.clock = clock;
    }

    @Override
    @Transactional
    public PartyContact partyContact(String reader, boolean permitted, UUID complaintId) {
        if (!permitted) {
            trail.refused(ConfidentialRead.refused(reader, ConfidentialRead.COMPLAINANT_CONTACT, complaintId.toString(),
                    clock.instant()));
            throw new AccessDenied("This client may not read complainants' contact data");
        }
        // No e-mail, or erased after retention: the same answer as an unknown complaint, nothing to send to. Asked
        // first: most complaints come without an e-mail, and then the complaint itself need not be loaded.
        String email = contacts.find(complaintId).map(ComplainantContact::email)
                .orElseThrow(() -> new NotFound("e-mail address of complaint", complaintId.toString()));
        Complaint complaint = load.load(complaintId)
                .orElseThrow(() -> new NotFound("complaint", complaintId.toString()));
        trail.granted(ConfidentialRead.granted(reader, ConfidentialRead.COMPLAINANT_CONTACT, complaintId.toString(),
                clock.instant()));
        String language = complaint.language() == null ? DEFAULT_LANGUAGE : complaint.language();
        return new PartyContact(complaint.reference().value(), email, language, complaint.responseDue(),
                replyTokens.issue(complaint.id(), complaint.reference()));
    }
}
