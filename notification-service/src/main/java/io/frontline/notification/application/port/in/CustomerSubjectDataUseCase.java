package io.frontline.notification.application.port.in;

import io.frontline.platform.domain.Actor;
import io.frontline.platform.domain.SubjectData;
import io.frontline.platform.domain.SubjectKey;

import java.util.Set;
import java.util.UUID;

/**
 * A customer's right of access and to erasure (GDPR art. 15 and 17) in this service, by subject key: the notices sent
 * to them (a ban's written notice, a missed term, an objection's outcome — the address is never stored here) and the
 * notices to staff about them (deliveries and in-app entries whose notice names their key). Erasure deletes the
 * deliveries to the customer and takes their key out of the notices to staff, except where a delivery is still
 * waiting to be sent. HQ safety and admins only.
 * <p>
 * The mails to a complainant (acknowledgement, question, answer...) go to {@code complainant:<complaintId>} and carry
 * no subject key: they are found by the ids of the customer's complaints, which complaint-service passes along.
 */
public interface CustomerSubjectDataUseCase {
    String SERVICE = "notification-service";
    String DELIVERIES = "deliveries";
    String INBOX_ENTRIES = "inbox-entries";

    SubjectData.Export export(Actor actor, SubjectKey subject, Set<UUID> complaints);

    SubjectData.Erasure erase(Actor actor, SubjectKey subject, Set<UUID> complaints);

}
