package io.frontline.sanction.adapter.out.config;

import io.frontline.sanction.application.domain.model.RetentionPeriods;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Period;
import java.util.Optional;

/** The retention periods (ISO-8601, e.g. P24M), each the domain's default when the chain does not set it. */
@Singleton
class RetentionPeriodsProducer {
    @ConfigProperty(name = "frontline.sanction.retention.measure")
    Optional<Period> measure;

    @ConfigProperty(name = "frontline.sanction.retention.incident")
    Optional<Period> incident;

    @ConfigProperty(name = "frontline.sanction.retention.door-audit")
    Optional<Period> doorAudit;

    @Produces
    @Singleton
    RetentionPeriods retentionPeriods() {
        return new RetentionPeriods(measure.orElse(RetentionPeriods.DEFAULTS.measure()),
                incident.orElse(RetentionPeriods.DEFAULTS.incident()),
                doorAudit.orElse(RetentionPeriods.DEFAULTS.doorAudit()));
    }
}
