package io.frontline.notification.application.port.out;

import io.frontline.notification.application.domain.model.RoutingRules;

/** The checked routing rule set in force. */
public interface RoutingRulesPort {
    RoutingRules routingRules();
}
