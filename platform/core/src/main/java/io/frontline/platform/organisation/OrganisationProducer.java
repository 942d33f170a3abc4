package io.frontline.platform.organisation;

import io.frontline.platform.config.ConfigFile;
import io.frontline.platform.domain.Organisation;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;


/**
 * Loads the organisation file named by {@code frontline.organisation.file} once, at start: a path on
 * disk (a mounted ConfigMap in Kubernetes) or {@code classpath:name}. A broken file stops the start.
 */
@ApplicationScoped
public class OrganisationProducer {
    private static final Logger LOG = Logger.getLogger(OrganisationProducer.class);

    @ConfigProperty(name = "frontline.organisation.file")
    String location;

    @Produces
    @Startup
    @Singleton
    Organisation organisation() {
        Organisation organisation = load(location);
        LOG.infof("Organisation %s: %d regions, %d sites (from %s)", organisation.chainId(),
                organisation.regions().size(), organisation.sites().size(), location);
        return organisation;
    }

    public static Organisation load(String location) {
        return ConfigFile.load(location, InvalidOrganisationException::new, in -> OrganisationFile.read(in, location));
    }
}
