package io.frontline.platform.security;

import io.frontline.platform.domain.Organisation;
import io.frontline.platform.domain.SubjectKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The service-wide {@link SubjectKeyDeriver}, keyed with {@code frontline.subject-key.secret}
 * (the same secret in every service, from a Kubernetes Secret). The default phone country is the
 * organisation's unless {@code frontline.subject-key.default-country} overrides it.
 */
@ApplicationScoped
public class SubjectKeys {
    private final SubjectKeyDeriver deriver;

    @Inject
    public SubjectKeys(@ConfigProperty(name = "frontline.subject-key.secret") String secret,
                       @ConfigProperty(name = "frontline.subject-key.default-country") Optional<String> country,
                       Organisation organisation) {
        this.deriver = new SubjectKeyDeriver(secret.getBytes(StandardCharsets.UTF_8),
                country.orElse(organisation.defaultCountry()));
    }

    public SubjectKey of(IdentifierKind kind, String raw) {
        return deriver.derive(kind, raw);
    }
}
