package io.frontline.web;

import io.frontline.platform.domain.Organisation;
import io.frontline.platform.organisation.OrganisationProducer;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The chain's organisation file, read once at start with the platform's reader: a broken file stops the start. */
public class OrganisationSource {
    @ConfigProperty(name = "frontline.organisation.file")
    String location;

    @Produces
    @Startup
    @Singleton
    Organisation organisation() {
        return OrganisationProducer.load(location);
    }
}
