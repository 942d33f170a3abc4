package io.frontline.sanction.adapter.in.messaging;

import io.frontline.platform.domain.SubjectKey;
import io.frontline.platform.domain.WireName;
import io.frontline.platform.events.EventCodec;
import io.frontline.platform.events.EventEnvelope;
import io.frontline.platform.events.MalformedEventException;
import io.frontline.platform.events.incident.IncidentConfirmedV1;
import io.frontline.platform.events.incident.IncidentEventTypes;
import io.frontline.platform.events.incident.IncidentReportedV1;
import io.frontline.platform.events.procedure.ProcedureDecisionTakenV1;
import io.frontline.platform.events.procedure.ProcedureEventTypes;
import io.frontline.platform.inbox.Inbox;
import io.frontline.sanction.application.domain.model.ConfirmedIncident;
import io.frontline.sanction.application.domain.model.IncidentSeverity;
import io.frontline.sanction.application.domain.model.MeasureType;
import io.frontline.sanction.application.domain.model.StaffSanctionDecision;
import io.frontline.sanction.application.port.in.ProposeFromIncidentUseCase;
import io.frontline.sanction.application.port.in.ProposeFromProcedureUseCase;
import io.frontline.sanction.application.port.in.RecordIncidentSignalCommand;
import io.frontline.sanction.application.port.in.RecordIncidentSignalUseCase;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Reads {@code incidents.events}: a reported incident becomes an incident signal, a confirmed one goes to
 * the sanction ladder, and an internal procedure's decision that imposes a sanction becomes a proposed staff
 * measure (seed 004). A record is decoded and mapped before anything is written; one that cannot be is
 * malformed and goes straight to {@code incidents.events.dlq}. A handling that fails otherwise (the
 * database, say) is retried a few times, then dead-lettered. Each event is handled once per this
 * consumer: the inbox records its id in the transaction of the handling.
 */
@ApplicationScoped
class IncidentEventsConsumer {
    static final String CHANNEL = "incidents-in";
    static final String CONSUMER = "sanction-service";
    private static final Logger LOG = Logger.getLogger(IncidentEventsConsumer.class);

    @Inject
    Inbox inbox;

    @Inject
    RecordIncidentSignalUseCase recordSignal;

    @Inject
    ProposeFromIncidentUseCase ladder;

    @Inject
    ProposeFromProcedureUseCase procedure;

    @Incoming(CHANNEL)
    @Blocking
    @Retry(maxRetries = 3, delay = 200, abortOn = MalformedEventException.class)
    public void consume(String record) {
        EventEnvelope event = EventCodec.decode(record);
        if (IncidentEventTypes.REPORTED_V1.equals(event.type())) {
            RecordIncidentSignalCommand command = toCommand(event);
            inbox.handleOnce(CONSUMER, event, () -> recordSignal.record(command));
        } else if (IncidentEventTypes.CONFIRMED_V1.equals(event.type())) {
            ConfirmedIncident incident = toConfirmed(event);
            inbox.handleOnce(CONSUMER, event, () -> ladder.proposeFor(incident));
        } else if (ProcedureEventTypes.DECISION_TAKEN_V1.equals(event.type())) {
            Optional<StaffSanctionDecision> decision = toStaffSanction(event);
            inbox.handleOnce(CONSUMER, event, () -> decision.ifPresent(procedure::proposeFor));
        } else {
            // Other incident events (triage, investigation) do not concern sanctions; acknowledged and skipped.
            LOG.debugf("Ignoring %s %s", event.type(), event.id());
        }
    }

    static RecordIncidentSignalCommand toCommand(EventEnvelope event) {
        IncidentReportedV1 data = EventCodec.data(event, IncidentReportedV1.class);
        try {
            return new RecordIncidentSignalCommand(UUID.fromString(data.incidentId()), data.reference(),
                    data.siteId(), data.types(), severity(data.severity()),
                    data.perpetratorSubjectKey() == null ? null : new SubjectKey(data.perpetratorSubjectKey()),
                    data.occurredAt());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw malformed(event, e);
        }
    }

    static ConfirmedIncident toConfirmed(EventEnvelope event) {
        IncidentConfirmedV1 data = EventCodec.data(event, IncidentConfirmedV1.class);
        try {
            return new ConfirmedIncident(UUID.fromString(data.incidentId()), data.reference(), data.siteId(),
                    data.types(), severity(data.severity()),
                    data.perpetratorSubjectKey() == null ? null : new SubjectKey(data.perpetratorSubjectKey()),
                    data.policeReportRecommended(), data.occurredAt(), data.confirmedAt(), data.actedBy(),
                    data.suggestionConfirmedBy());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw malformed(event, e);
        }
    }

    /**
     * The staff sanction a decision imposes; none for a decision without a sanction, or for one announced before
     * decisions named the employee's site (nothing to propose a measure at).
     */
    static Optional<StaffSanctionDecision> toStaffSanction(EventEnvelope event) {
        ProcedureDecisionTakenV1 data = EventCodec.data(event, ProcedureDecisionTakenV1.class);
        if (data.sanction() == null) {
            return Optional.empty();
        }
        if (data.siteId() == null) {
            LOG.warnf("%s %s imposes a sanction but names no site; no staff measure proposed", event.type(), event.id());
            return Optional.empty();
        }
        try {
            ProcedureDecisionTakenV1.StaffSanction s = data.sanction();
            ProcedureDecisionTakenV1.AdvisedSanction a = data.advisedSanction();
            String advised = a == null ? "no sanction advised" : a.type()
                    + (a.suspensionDays() == null ? "" : ", " + a.suspensionDays() + " days")
                    + (a.fineAmount() == null ? "" : ", " + a.fineAmount().toPlainString());
            return Optional.of(new StaffSanctionDecision(data.reference(), s.employeeUserId(), data.siteId(),
                    MeasureType.valueOf(WireName.toConstant(s.type())), s.suspensionDays(), s.fineAmount(),
                    s.transferToSiteId(), advised, data.followsAdvice(), data.departureReasons(), data.decidedBy(),
                    data.decidedAt()));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw malformed(event, e);
        }
    }

    private static IncidentSeverity severity(String wire) {
        return IncidentSeverity.valueOf(wire.toUpperCase(Locale.ROOT));
    }

    private static MalformedEventException malformed(EventEnvelope event, RuntimeException e) {
        return new MalformedEventException(event.type() + " " + event.id() + " has invalid data: " + e.getMessage(), e);
    }
}
