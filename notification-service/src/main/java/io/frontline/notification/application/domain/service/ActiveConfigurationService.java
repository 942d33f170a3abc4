package io.frontline.notification.application.domain.service;

import io.frontline.notification.application.domain.model.RoutingRules;
import io.frontline.notification.application.domain.model.escalation.EscalationPolicies;
import io.frontline.notification.application.port.in.ShowActiveConfigurationUseCase;
import io.frontline.notification.application.port.out.RoutingRulesPort;
import io.frontline.notification.application.port.out.escalation.EscalationPoliciesPort;
import io.frontline.platform.domain.Organisation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The checked configuration in force: the same instances routing and escalation use, not the files re-read. */
@ApplicationScoped
public class ActiveConfigurationService implements ShowActiveConfigurationUseCase {
    private final Organisation organisation;
    private final RoutingRulesPort routing;
    private final EscalationPoliciesPort policies;

    @Inject
    public ActiveConfigurationService(Organisation organisation, RoutingRulesPort routing,
                                      EscalationPoliciesPort policies) {
        this.organisation = organisation;
        this.routing = routing;
        this.policies = policies;
    }

    @Override
    public Organisation organisation() {
        return organisation;
    }

    @Override
    public RoutingRules routingRules() {
        return routing.routingRules();
    }

    @Override
    public EscalationPolicies escalationPolicies() {
        return policies.policies();
    }
}
