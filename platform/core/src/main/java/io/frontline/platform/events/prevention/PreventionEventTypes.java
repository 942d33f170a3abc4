package io.frontline.platform.events.prevention;

import java.util.List;

/**
 * Event types prevention-service publishes on {@code prevention.events}: a policy version published (everyone is
 * asked to acknowledge it), training that became overdue (one reminder per person, course and due date), and a
 * business partner's report about our own staff received by HR and concluded.
 */
public final class PreventionEventTypes {
    public static final String POLICY_PUBLISHED_V1 = "frontline.prevention.policy-published.v1";
    public static final String TRAINING_OVERDUE_V1 = "frontline.prevention.training-overdue.v1";
    public static final String PARTNER_REPORT_RECEIVED_V1 = "frontline.prevention.partner-report-received.v1";
    public static final String PARTNER_REPORT_CONCLUDED_V1 = "frontline.prevention.partner-report-concluded.v1";

    public static final List<String> ALL = List.of(POLICY_PUBLISHED_V1, TRAINING_OVERDUE_V1,
            PARTNER_REPORT_RECEIVED_V1, PARTNER_REPORT_CONCLUDED_V1);

    private PreventionEventTypes() {
    }
}
