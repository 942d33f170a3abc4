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
                                @JsonInclude(JsonInclude.Include.NON_NULL) String trackingSecret) {

    /** The confirmed judgement of demand and manner (seed 000). */
    public record Conduct(String demand, String manner, List<String> indicators, String reason, String assessedBy,
                          Instant assessedAt) {
    }

    static ComplaintResponse of(Complaint c) {
        return of(c, null);
    }

    static ComplaintResponse of(Complaint c, String trackingSecret) {
        ConductAssessment a = c.conduct();
        Conduct conduct = a == null ? null : new Conduct(wire(a.demand().name()), wire(a.manner().name()),
                a.indicators().stream().map(i -> wire(i.name())).sorted().toList(), a.reason(), a.assessedBy(),
                a.assessedAt());
        return new ComplaintResponse(c.id(), c.reference().value(), c.siteId(), wire(c.channel().name()),
                wire(c.category().name()), c.subject(), c.description(), c.language(), wire(c.status().name()),
                c.receivedAt(), c.responseDue(), c.term().dueAt(), c.term().isPaused(), c.assignee(),
                c.escalation() == null ? null : wire(c.escalation().name()), conduct, trackingSecret);
    }

    static String wire(String name) {
        return WireName.fromConstant(name);
    }

    static String enumName(String wire) {
        return WireName.toConstant(wire);
    }
}
