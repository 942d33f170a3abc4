package io.frontline.complaint.application.port.out;

import io.frontline.complaint.application.domain.model.SubjectRequestAction;
import io.frontline.complaint.application.domain.model.ServiceAnswer;
import io.frontline.platform.domain.SubjectKey;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The other services that keep customer data by subject key (incident, sanction, notification), asked on behalf of
 * the person making the request — their own rights are checked there, and the trails there name them. A service
 * that does not answer in time, or answers with an error, is {@code unreachable}, with a note.
 */
public interface AskServicesForSubjectDataPort {
    /**
     * One answer per service asked, every key asked of each. The ids of each key's complaints go to
     * notification-service only: its mails to a complainant ({@code complainant:<complaintId>}) carry no subject key;
     * the other services keep nothing by complaint id.
     */
    List<ServiceAnswer> ask(SubjectRequestAction action, List<SubjectKey> subjects,
                            Map<SubjectKey, Set<UUID>> complaints);
}
