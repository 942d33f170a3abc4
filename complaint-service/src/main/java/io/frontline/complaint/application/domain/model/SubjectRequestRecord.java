package io.frontline.complaint.application.domain.model;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What is recorded of a customer's request: who made it, when, what and why, the subject keys asked (never the
 * identifiers they came from) and per service the status and counts — never the data that was exported.
 */
public record SubjectRequestRecord(UUID id, SubjectRequestAction action, String requestedBy, Instant requestedAt,
                                   String reason, List<String> subjectKeys, boolean complete,
                                   List<ServiceRecord> services) {
    public SubjectRequestRecord {
        subjectKeys = List.copyOf(subjectKeys);
        services = List.copyOf(services);
    }

    /**
     * @param count items held (export) or records erased (erasure)
     * @param kept  records kept under a legal hold (erasure)
     */
    public record ServiceRecord(String service, ServiceStatus status, int count, int kept) {
        public static ServiceRecord of(ServiceAnswer answer) {
            return new ServiceRecord(answer.service(), answer.status(), answer.count(), answer.keptCount());
        }
    }
}
