package io.frontline.prevention.adapter.out.config;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.frontline.platform.config.ConfigFile;
import io.frontline.platform.domain.Organisation;
import io.frontline.prevention.application.domain.model.Employee;
import io.frontline.prevention.application.domain.model.Workforce;
import io.frontline.prevention.application.port.out.WorkforcePort;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The workforce from the people directory (the file notification-service reads, {@code deploy/local/directory.yaml}
 * in the local stack; format in its header): user id, name, roles and sites of everyone employed. Keycloak offers
 * services no directory here, and waiting for people's first sign-in would leave those who never sign in out of
 * the denominator — exactly the people a compliance report must show. Read and checked at start: an unknown site
 * stops the start. Only the fields prevention needs are read; e-mail addresses and numbers are not kept.
 */
@Startup
@ApplicationScoped
class DirectoryWorkforce implements WorkforcePort {
    private static final Logger LOG = Logger.getLogger(DirectoryWorkforce.class);
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    record Doc(List<Person> people) {
    }

    record Person(String id, String name, List<String> roles, List<String> sites) {
    }

    @ConfigProperty(name = "frontline.prevention.directory-file")
    String location;

    @Inject
    Organisation organisation;

    private Workforce workforce;

    @PostConstruct
    void load() {
        try (InputStream in = ConfigFile.open(location)) {
            Doc doc = YAML.readValue(in, Doc.class);
            List<Employee> employees = new ArrayList<>();
            Set<String> ids = new HashSet<>();
            for (Person p : doc.people() == null ? List.<Person>of() : doc.people()) {
                if (p.id() == null || p.id().isBlank() || !ids.add(p.id())) {
                    throw new IllegalStateException(location + ": every person needs a unique id");
                }
                List<String> sites = p.sites() == null ? List.of() : p.sites();
                for (String site : sites) {
                    if (organisation.findSite(site).isEmpty()) {
                        throw new IllegalStateException(location + ": " + p.id() + " works at unknown site " + site);
                    }
                }
                employees.add(new Employee(p.id(), p.name() == null ? p.id() : p.name(),
                        p.roles() == null ? Set.of() : Set.copyOf(p.roles()), Set.copyOf(sites)));
            }
            workforce = new Workforce(employees);
            LOG.infof("Workforce: %d people (from %s)", employees.size(), location);
        } catch (IOException e) {
            throw new UncheckedIOException(location + " cannot be read", e);
        }
    }

    @Override
    public Workforce workforce() {
        return workforce;
    }
}
