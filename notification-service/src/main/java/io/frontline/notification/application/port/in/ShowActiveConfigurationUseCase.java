package io.frontline.notification.application.port.in;

import io.frontline.notification.application.domain.model.RoutingRules;
import io.frontline.notification.application.domain.model.escalation.EscalationPolicies;
import io.frontline.platform.domain.Organisation;

/**
 * What this service applies, as it loaded it at start (issue 14, "read-only views of the active configuration"):
 * the organisation it routes by, the routing rules and the escalation policies.
 */
public interface ShowActiveConfigurationUseCase {
    Organisation organisation();

    RoutingRules routingRules();

    EscalationPolicies escalationPolicies();
}
