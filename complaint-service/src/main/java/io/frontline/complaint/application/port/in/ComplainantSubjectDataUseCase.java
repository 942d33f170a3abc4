package io.frontline.complaint.application.port.in;

import io.frontline.platform.domain.Actor;
import io.frontline.platform.domain.SubjectKey;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import io.frontline.platform.domain.SubjectData;

/**
 * A customer's right of access and to erasure (GDPR art. 15 and 17) in this service, by subject key: the complaints
 * they filed and their contact data. Erasure erases what the retention job erases (the contact data and the key), for
 * closed complaints only: an open complaint is a legal hold. HQ safety and admins only; both in the trail of
 * confidential reads.
 */
public interface ComplainantSubjectDataUseCase {
    String SERVICE = "complaint-service";

    SubjectData.Export export(Actor actor, SubjectKey subject);

    SubjectData.Erasure erase(Actor actor, SubjectKey subject);

    /**
     * The ids of the customer's complaints, for what another service keeps by complaint id only (notification-service's
     * mails to the complainant carry no subject key). Asked before {@link #erase}: erasure takes the key off them.
     */
    Set<UUID> complaintIdsOf(Actor actor, SubjectKey subject);

    /** A complaint of the customer as exported: what they wrote, its state, their contact data, what they were told. */
    record ComplaintHeld(String reference, String siteId, Instant receivedAt, String status, String subject,
                         String description, String name, String email, String phone, List<String> messages) {
    }
}
