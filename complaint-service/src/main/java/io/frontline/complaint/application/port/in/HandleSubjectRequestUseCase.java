package io.frontline.complaint.application.port.in;

import io.frontline.complaint.application.domain.model.ServiceAnswer;
import io.frontline.complaint.application.domain.model.SubjectRequestAction;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One place to ask (issue 17): a customer's request for access or erasure reaches every service that keeps customer
 * data by subject key, and comes back as one document. A service that does not answer makes the request incomplete
 * and is named. The request is recorded (who, when, what, why, the subject keys, per service the status and counts),
 * never the exported data. HQ safety and admins only.
 */
public interface HandleSubjectRequestUseCase {
    SubjectRequestAnswer handle(SubjectRequestCommand command);

    record SubjectRequestAnswer(UUID id, SubjectRequestAction action, String requestedBy, Instant requestedAt,
                                boolean complete, List<ServiceAnswer> services) {
    }
}
