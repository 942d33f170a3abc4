package io.frontline.prevention.adapter.out.messaging;

import io.frontline.platform.domain.WireName;
import io.frontline.platform.events.Topics;
import io.frontline.platform.events.prevention.PartnerReportConcludedV1;
import io.frontline.platform.events.prevention.PartnerReportReceivedV1;
import io.frontline.platform.events.prevention.PolicyPublishedV1;
import io.frontline.platform.events.prevention.PreventionEventTypes;
import io.frontline.platform.events.prevention.TrainingOverdueV1;
import io.frontline.platform.outbox.OutboxWriter;
import io.frontline.prevention.application.domain.model.Course;
import io.frontline.prevention.application.domain.model.PartnerReport;
import io.frontline.prevention.application.domain.model.PolicyVersion;
import io.frontline.prevention.application.domain.model.TrainingState;
import io.frontline.prevention.application.port.out.PublishPreventionEventsPort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.List;

/**
 * Maps prevention's changes to the contracts of {@code prevention.events} and writes them to the outbox. A partner's
 * report travels without names, contact details or its text: HR reads those in the service.
 */
@ApplicationScoped
class PreventionEventsOutbox implements PublishPreventionEventsPort {
    @Inject
    OutboxWriter outbox;

    @Override
    public void policyPublished(PolicyVersion v) {
        String kind = WireName.of(v.kind());
        outbox.append(Topics.PREVENTION, PreventionEventTypes.POLICY_PUBLISHED_V1, kind,
                new PolicyPublishedV1(v.id().toString(), kind, v.version(), v.effectiveFrom(),
                        List.copyOf(new java.util.TreeSet<>(v.texts().keySet())), v.publishedBy(), v.publishedAt()));
    }

    @Override
    public void trainingOverdue(Course course, TrainingState state, Instant detectedAt) {
        outbox.append(Topics.PREVENTION, PreventionEventTypes.TRAINING_OVERDUE_V1, course.id().toString(),
                new TrainingOverdueV1(course.id().toString(), course.name(), WireName.of(course.audience()),
                        state.employee().userId(), state.siteId(), state.dueOn(), state.lastAttended(), detectedAt));
    }

    @Override
    public void partnerReportReceived(PartnerReport r) {
        outbox.append(Topics.PREVENTION, PreventionEventTypes.PARTNER_REPORT_RECEIVED_V1, r.id().toString(),
                new PartnerReportReceivedV1(r.id().toString(), r.reference(), r.siteId(), r.receivedAt()));
    }

    @Override
    public void partnerReportConcluded(PartnerReport r) {
        outbox.append(Topics.PREVENTION, PreventionEventTypes.PARTNER_REPORT_CONCLUDED_V1, r.id().toString(),
                new PartnerReportConcludedV1(r.id().toString(), r.reference(), r.siteId(), WireName.of(r.outcome()),
                        r.handledBy(), r.concludedAt()));
    }
}
