package io.frontline.prevention.application.port.out;

import io.frontline.prevention.application.domain.model.Course;
import io.frontline.prevention.application.domain.model.PartnerReport;
import io.frontline.prevention.application.domain.model.PolicyVersion;
import io.frontline.prevention.application.domain.model.TrainingState;

import java.time.Instant;

/** Integration events on {@code prevention.events}, written in the transaction of the change. */
public interface PublishPreventionEventsPort {
    void policyPublished(PolicyVersion version);

    void trainingOverdue(Course course, TrainingState state, Instant detectedAt);

    void partnerReportReceived(PartnerReport report);

    void partnerReportConcluded(PartnerReport report);
}
