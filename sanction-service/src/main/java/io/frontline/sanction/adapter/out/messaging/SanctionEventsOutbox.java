package io.frontline.sanction.adapter.out.messaging;

import io.frontline.platform.domain.SubjectKey;
import io.frontline.platform.events.Topics;
import io.frontline.platform.events.sanction.BanNoticeIssuedV1;
import io.frontline.platform.events.sanction.BanViolatedV1;
import io.frontline.platform.events.sanction.MeasureActivatedV1;
import io.frontline.platform.events.sanction.MeasureApprovedV1;
import io.frontline.platform.events.sanction.MeasureExpiredV1;
import io.frontline.platform.events.sanction.MeasureLiftedV1;
import io.frontline.platform.events.sanction.MeasureProposedV1;
import io.frontline.platform.events.sanction.MeasureRejectedV1;
import io.frontline.platform.events.sanction.ObjectionDecidedV1;
import io.frontline.platform.events.sanction.ObjectionFiledV1;
import io.frontline.platform.events.sanction.ObjectionTermMissedV1;
import io.frontline.platform.events.sanction.SanctionEventTypes;
import io.frontline.platform.events.sanction.SeenAtDoorV1;
import io.frontline.platform.outbox.OutboxWriter;
import io.frontline.sanction.application.domain.model.BanNotice;
import io.frontline.sanction.application.domain.model.BanTerms;
import io.frontline.sanction.application.domain.model.BanViolation;
import io.frontline.sanction.application.domain.model.ContactBanTerms;
import io.frontline.sanction.application.domain.model.DoorSighting;
import io.frontline.sanction.application.domain.model.EntryBanTerms;
import io.frontline.sanction.application.domain.model.Measure;
import io.frontline.sanction.application.domain.model.MeasureEvent;
import io.frontline.sanction.application.domain.model.MissedObjectionTerm;
import io.frontline.sanction.application.domain.model.Objection;
import io.frontline.sanction.application.port.out.PublishSanctionEventsPort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Period;
import java.util.List;

/**
 * Maps the lifecycle of measures and ban violations to the contracts of {@code sanctions.events} and writes
 * them to the outbox, keyed by measure id. A customer appears as a subject key only; objection grounds and
 * proposal reasons stay in the service. The objection's decision carries its reason (code and the decider's words):
 * it is written for the one who objected, who reads it in the outcome's mail or text message.
 */
@ApplicationScoped
class SanctionEventsOutbox implements PublishSanctionEventsPort {
    @Inject
    OutboxWriter outbox;

    @Override
    public void publish(Measure m, MeasureEvent event) {
        String id = m.id().toString();
        String type = Measure.wire(m.type());
        String subject = m.subjectKey().map(SubjectKey::value).orElse(null);
        String employee = m.employeeId().orElse(null);
        switch (event.kind()) {
            case PROPOSED -> {
                BanTerms terms = m.banTerms().orElse(null);
                ContactBanTerms contact = terms instanceof ContactBanTerms c ? c : null;
                EntryBanTerms entry = terms instanceof EntryBanTerms e ? e : null;
                append(SanctionEventTypes.PROPOSED_V1, id, new MeasureProposedV1(id, type, m.siteId(), subject,
                        employee, m.basis().fromLadder() ? "ladder" : "manual",
                        m.basis().fromLadder() ? m.basis().rule() : null,
                        m.basis().incidentId() == null ? null : m.basis().incidentId().toString(),
                        m.basis().policeReportRecommended(), m.duration().map(Period::toString).orElse(null),
                        contact != null ? Measure.wire(contact.scope()) : entry != null ? Measure.wire(entry.coverage()) : null,
                        entry == null ? List.of() : entry.siteIds().stream().sorted().toList(),
                        entry == null ? null : entry.regionId(),
                        contact == null ? null : contact.departmentId(),
                        contact == null ? null : contact.employeeId(),
                        contact == null ? List.of() : contact.channels().stream().sorted().map(Measure::wire).toList(),
                        contact == null || contact.alternativeChannel() == null ? null
                                : Measure.wire(contact.alternativeChannel()),
                        m.proposedBy(), m.proposedAt()));
            }
            case APPROVED -> append(SanctionEventTypes.APPROVED_V1, id, new MeasureApprovedV1(id, type, m.siteId(),
                    subject, employee, m.approvedBy().orElseThrow(), m.approvedAt().orElseThrow(),
                    m.startsAt().orElseThrow(), m.until().orElse(null), m.objectionDeadline()));
            case ACTIVATED -> append(SanctionEventTypes.ACTIVATED_V1, id, new MeasureActivatedV1(id, type, m.siteId(),
                    subject, employee, m.startsAt().orElseThrow(), m.until().orElse(null)));
            case EXPIRED -> append(SanctionEventTypes.EXPIRED_V1, id, new MeasureExpiredV1(id, type, m.siteId(),
                    subject, employee, m.until().orElseThrow()));
            case LIFTED -> append(SanctionEventTypes.LIFTED_V1, id, new MeasureLiftedV1(id, type, m.siteId(), subject,
                    employee, m.endedBy().orElseThrow(), m.endedAt().orElseThrow(), m.endReason().orElseThrow()));
            case REJECTED -> append(SanctionEventTypes.REJECTED_V1, id, new MeasureRejectedV1(id, type, m.siteId(),
                    subject, employee, m.endedBy().orElseThrow(), m.endedAt().orElseThrow(), m.endReason().orElseThrow()));
            case OBJECTION_FILED -> {
                Objection o = m.objection().orElseThrow();
                append(SanctionEventTypes.OBJECTION_FILED_V1, id, new ObjectionFiledV1(id, type, m.siteId(), subject,
                        employee, o.filedBy(), o.filedAt(), o.decisionDue()));
            }
            case OBJECTION_DECIDED -> {
                Objection o = m.objection().orElseThrow();
                append(SanctionEventTypes.OBJECTION_DECIDED_V1, id, new ObjectionDecidedV1(id, type, m.siteId(),
                        subject, employee, Measure.wire(o.outcome()),
                        o.reasonCode() == null ? null : Measure.wire(o.reasonCode()), o.decisionReason(),
                        o.decidedBy(), o.decidedAt(), Measure.wire(m.status()), m.until().orElse(null)));
            }
        }
    }

    @Override
    public void publish(BanViolation v) {
        append(SanctionEventTypes.BAN_VIOLATED_V1, v.measureId().toString(), new BanViolatedV1(v.id().toString(),
                v.measureId().toString(), Measure.wire(v.measureType()), v.subjectKey(), v.siteId(),
                Measure.wire(v.channel()), v.departmentId(), v.employeeId(), v.checkedBy(), v.checkedAt()));
    }

    @Override
    public void publishSeenAtDoor(DoorSighting s, BanViolation v) {
        append(SanctionEventTypes.SEEN_AT_DOOR_V1, v.measureId().toString(), new SeenAtDoorV1(s.id().toString(),
                v.id().toString(), v.measureId().toString(), Measure.wire(v.measureType()), v.subjectKey(), v.siteId(),
                s.seenBy(), s.seenAt()));
    }

    @Override
    public void publishNotice(Measure m, BanNotice notice) {
        String id = m.id().toString();
        BanTerms terms = m.banTerms().orElseThrow();
        ContactBanTerms contact = terms instanceof ContactBanTerms c ? c : null;
        EntryBanTerms entry = terms instanceof EntryBanTerms e ? e : null;
        append(SanctionEventTypes.BAN_NOTICE_ISSUED_V1, id, new BanNoticeIssuedV1(id, notice.reference(),
                Measure.wire(m.type()), m.siteId(), notice.subjectKey(),
                contact != null ? Measure.wire(contact.scope()) : Measure.wire(entry.coverage()),
                entry == null ? List.of() : entry.siteIds().stream().sorted().toList(),
                entry == null ? null : entry.regionId(),
                contact == null ? List.of() : contact.channels().stream().sorted().map(Measure::wire).toList(),
                contact == null || contact.alternativeChannel() == null ? null
                        : Measure.wire(contact.alternativeChannel()),
                m.startsAt().orElseThrow(), m.until().orElse(null), m.objectionDeadline(), notice.issuedAt()));
    }

    @Override
    public void publishTermMissed(Measure m, BanNotice notice, MissedObjectionTerm missed) {
        String id = m.id().toString();
        append(SanctionEventTypes.OBJECTION_TERM_MISSED_V1, id, new ObjectionTermMissedV1(id, Measure.wire(m.type()),
                m.siteId(), m.subjectKey().map(SubjectKey::value).orElse(null), m.employeeId().orElse(null),
                notice == null ? null : notice.reference(), missed.decisionDue(), missed.expectedBy(),
                missed.announcedAt()));
    }

    private void append(String type, String measureId, Object data) {
        outbox.append(Topics.SANCTIONS, type, measureId, data);
    }
}
