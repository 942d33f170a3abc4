package io.frontline.incident.adapter.out.config;

import io.frontline.incident.application.domain.model.EvidencePolicy;
import io.quarkus.runtime.configuration.MemorySize;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.List;
import java.util.Set;

/** What the service takes as an uploaded evidence file, from configuration. */
@Singleton
class EvidencePolicyProducer {
    @ConfigProperty(name = "frontline.evidence.max-file-size", defaultValue = "50M")
    MemorySize maxFileSize;

    @ConfigProperty(name = "frontline.evidence.content-types")
    java.util.Optional<List<String>> contentTypes;

    @Produces
    @Singleton
    EvidencePolicy evidencePolicy() {
        return new EvidencePolicy(maxFileSize.asLongValue(),
                Set.copyOf(contentTypes.filter(t -> !t.isEmpty()).orElse(EvidencePolicy.DEFAULT_CONTENT_TYPES)));
    }
}
