package io.frontline.complaint.adapter.in.rest;

import io.frontline.platform.domain.WireName;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.frontline.complaint.application.domain.model.Complaint;
import io.frontline.complaint.application.domain.model.ConductAssessment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A complaint as staff see it; {@code trackingSecret} only in the answer to filing, the one time it exists. */
public record ComplaintResponse(UUID id, String reference, String site, String channel, String category,
                                String subject, String description, String language, String status,
                                Instant receivedAt, LocalDate responseDue, Instant dueAt, boolean termPaused,
                                String assignee, String escalation, Conduct conduct,
                                @JsonInclude(JsonInclude.Include.NON_NULL) String trackingSecret,
                                Conduct pendingReassessment, PendingRejection pendingRejection) {

    /**
     * The confirmed judgement of demand and manner (seed 000); {@code approvedBy}: the second person who approved
     * a reasonable demand's reassessment as unreasonable.
     */
    public record Conduct(String demand, String manner, List<String> indicators, String reason, String assessedBy,
                          Instant assessedAt, String approvedBy) {
    }

    /** A rejection proposed for a complaint judged abusive in manner, waiting for a second person. */
    public record PendingRejection(String reason, String proposedBy, Instant proposedAt) {
    }

    static ComplaintResponse of(Complaint c) {
        return of(c, null);
    }

    static ComplaintResponse of(Complaint c, String trackingSecret) {
        Conduct conduct = conduct(c.conduct());
        PendingRejection rejection = c.pendingRejection().map(r -> new PendingRejection(r.reason(), r.proposedBy(),
                r.proposedAt())).orElse(null);
        return new ComplaintResponse(c.id(), c.reference().value(), c.siteId(), wire(c.channel().name()),
                wire(c.category().name()), c.subject(), c.description(), c.language(), wire(c.status().name()),
                c.receivedAt(), c.responseDue(), c.term().dueAt(), c.term().isPaused(), c.assignee(),
                c.escalation() == null ? null : wire(c.escalation().name()), conduct, trackingSecret,
                conduct(c.pendingReassessment().orElse(null)), rejection);
    }

    private static Conduct conduct(ConductAssessment a) {
        return a == null ? null : new Conduct(wire(a.demand().name()), wire(a.manner().name()),
                a.indicators().stream().map(i -> wire(i.name())).sorted().toList(), a.reason(), a.assessedBy(),
                a.assessedAt(), a.approvedBy());
    }

    static String wire(String name) {
        return WireName.fromConstant(name);
    }
}
