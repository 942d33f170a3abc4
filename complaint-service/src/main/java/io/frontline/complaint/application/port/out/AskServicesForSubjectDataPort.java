package io.frontline.complaint.application.port.out;

import io.frontline.complaint.application.domain.model.SubjectRequestAction;
import io.frontline.complaint.application.domain.model.ServiceAnswer;
import io.frontline.platform.domain.SubjectKey;

import java.util.List;

/**
 * The other services that keep customer data by subject key (incident, sanction, notification), asked on behalf of
 * the person making the request — their own rights are checked there, and the trails there name them. A service
 * that does not answer in time, or answers with an error, is {@code unreachable}, with a note.
 */
public interface AskServicesForSubjectDataPort {
    /** One answer per service asked, every key asked of each. */
    List<ServiceAnswer> ask(SubjectRequestAction action, List<SubjectKey> subjects);
}
