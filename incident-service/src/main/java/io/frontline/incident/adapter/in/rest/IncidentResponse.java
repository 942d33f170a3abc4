package io.frontline.incident.adapter.in.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.frontline.incident.application.domain.model.NextSteps;
import io.frontline.platform.domain.WireName;
import io.frontline.incident.application.domain.model.Incident;
import io.frontline.incident.application.domain.model.Perpetrator;
import io.frontline.platform.domain.SubjectKey;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An incident as the reporter and the managers of its site see it. The perpetrator appears as a
 * subject key; the identifier it came from was never kept.
 */
public record IncidentResponse(UUID id, String reference, String site, List<String> types, String severity,
                               String severityRule, String status, String source, Instant occurredAt,
                               Instant reportedAt, String reportedBy, boolean immediateDanger, String description,
                               String perpetratorSubjectKey, String perpetratorDescription,
                               boolean severityRaisedForRepeatPerpetrator, List<String> victims,
                               List<String> witnesses, String complaintReference, boolean policeReportRecommended,
                               PoliceReportRequest policeReport, String outcome, String noOtherSourceReason,
                               String unfoundedReason, String recurrencePreventionNote, String reopenReason,
                               Instant triagedAt, Instant decidedAt, Instant closedAt, String decidedBy,
                               @JsonInclude(JsonInclude.Include.NON_NULL) NextStepsResponse nextSteps) {
    /**
     * Only in the answer to a report: the first step of the care plan ({@code task} is the kind's code) and who
     * will contact the reporter ({@code role} code and site) — codes, for the page to word in the reader's language.
     */
    public record NextStepsResponse(CareStep firstCareStep, Contact contact) {
    }

    public record CareStep(String task, Instant dueAt) {
    }

    public record Contact(String role, String site) {
    }

    static IncidentResponse of(Incident i) {
        return of(i, null);
    }

    static IncidentResponse of(Incident i, NextSteps next) {
        NextStepsResponse nextSteps = next == null ? null : new NextStepsResponse(
                next.firstCareStep() == null ? null
                        : new CareStep(wire(next.firstCareStep().kind().name()), next.firstCareStep().dueAt()),
                new Contact(next.contactRole(), next.contactSiteId()));
        return new IncidentResponse(i.id(), i.reference().value(), i.siteId(),
                i.types().stream().map(t -> wire(t.name())).toList(), wire(i.severity().name()),
                wire(i.severityRule().name()), wire(i.status().name()), wire(i.source().name()), i.occurredAt(),
                i.reportedAt(), i.reportedBy(), i.immediateDanger(), i.description(),
                i.perpetrator().flatMap(Perpetrator::key).map(SubjectKey::value).orElse(null),
                i.perpetrator().map(Perpetrator::description).orElse(null),
                i.assessment().raisedForRepeatPerpetrator(), i.victims(), i.witnesses(),
                i.complaintReference().orElse(null), i.policeReportRecommended(),
                i.progress().policeReport() == null ? null : new PoliceReportRequest(
                        i.progress().policeReport().station(), i.progress().policeReport().reference(),
                        i.progress().policeReport().filedOn()),
                i.progress().outcome() == null ? null : wire(i.progress().outcome().name()),
                i.progress().noOtherSourceReason(), i.progress().unfoundedReason(),
                i.progress().recurrencePreventionNote(), i.progress().reopenReason(), i.progress().triagedAt(),
                i.progress().decidedAt(), i.progress().closedAt(), i.progress().decidedBy(), nextSteps);
    }

    /** Enum names on the wire are lower-case with dashes: VERBAL_ABUSE → verbal-abuse. */
    static String wire(String name) {
        return WireName.fromConstant(name);
    }
}
