package io.frontline.notification.adapter.out.config;

import io.frontline.notification.application.domain.model.RoutingRules;
import io.frontline.notification.application.port.out.RoutingRulesPort;
import io.frontline.platform.config.ConfigFile;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;


/**
 * The routing rules named by {@code frontline.notification.routing-rules} (default: the rule set shipped in
 * {@code classpath:routing-rules.yaml}; a path on disk overrides it), read and checked at start: a broken
 * rule set stops the start with every problem listed.
 */
@Startup
@ApplicationScoped
class RoutingRulesSource implements RoutingRulesPort {
    private static final Logger LOG = Logger.getLogger(RoutingRulesSource.class);

    @ConfigProperty(name = "frontline.notification.routing-rules", defaultValue = "classpath:routing-rules.yaml")
    String location;

    private RoutingRules rules;

    @PostConstruct
    void load() {
        rules = load(location);
        LOG.infof("Routing rules: %d (from %s)", rules.rules().size(), location);
    }

    static RoutingRules load(String location) {
        return ConfigFile.load(location, InvalidRoutingRulesException::new, in -> RoutingRulesFile.read(in, location));
    }

    @Override
    public RoutingRules routingRules() {
        return rules;
    }
}
