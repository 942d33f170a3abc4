package io.frontline.notification.application.port.out.escalation;

import io.frontline.notification.application.domain.model.escalation.EscalationPolicies;

/** The configured escalation policies, read and checked at start. */
public interface EscalationPoliciesPort {
    EscalationPolicies policies();
}
