package io.frontline.sanction.adapter.in.rest;

import io.frontline.platform.domain.SubjectKey;
import io.frontline.sanction.application.domain.model.IncidentSignal;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** A reported incident as this service recorded it; the perpetrator only as a subject key. */
public record IncidentSignalResponse(UUID incidentId, String reference, String siteId, List<String> types,
                                     String severity, String perpetratorSubjectKey, Instant receivedAt) {
    static IncidentSignalResponse of(IncidentSignal s) {
        return new IncidentSignalResponse(s.incidentId(), s.reference(), s.siteId(), s.types(),
                s.severity().name().toLowerCase(Locale.ROOT), s.perpetrator().map(SubjectKey::value).orElse(null),
                s.receivedAt());
    }
}
