package io.frontline.notification.adapter.out.config.escalation;

import io.frontline.notification.application.domain.model.escalation.EscalationPolicies;
import io.frontline.notification.application.port.out.escalation.EscalationPoliciesPort;
import io.frontline.platform.config.ConfigFile;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;


/**
 * The escalation policies, from {@code frontline.notification.escalation-policies-file} (a path on disk, e.g. a
 * mounted ConfigMap, or {@code classpath:name}; the default is the policies shipped with the service). Read and
 * checked at start: a broken file stops the start.
 */
@ApplicationScoped
class EscalationPolicyFileAdapter implements EscalationPoliciesPort {
    private static final Logger LOG = Logger.getLogger(EscalationPolicyFileAdapter.class);
    // Before the messaging channels (1000): the first routed event must find the policies.
    private static final int BEFORE_MESSAGING = 400;

    @ConfigProperty(name = "frontline.notification.escalation-policies-file",
            defaultValue = "classpath:frontline/escalation-policies.yaml")
    String location;

    private volatile EscalationPolicies policies;

    void onStart(@Observes @Priority(BEFORE_MESSAGING) StartupEvent event) {
        policies();
        LOG.infof("Escalation policies: %s (from %s)",
                policies.policies().stream().map(p -> p.name()).toList(), location);
    }

    @Override
    public EscalationPolicies policies() {
        if (policies == null) {
            policies = load(location);
        }
        return policies;
    }

    static EscalationPolicies load(String location) {
        return ConfigFile.load(location, InvalidEscalationPoliciesException::new, in -> EscalationPolicyFile.read(in, location));
    }
}
