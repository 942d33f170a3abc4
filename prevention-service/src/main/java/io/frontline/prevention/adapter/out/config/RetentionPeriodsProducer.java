package io.frontline.prevention.adapter.out.config;

import io.frontline.prevention.application.domain.model.RetentionPeriods;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Period;
import java.util.Optional;

/** The retention periods (ISO-8601, e.g. P24M), each the domain's default when the chain does not set it. */
@Singleton
class RetentionPeriodsProducer {
    @ConfigProperty(name = "frontline.prevention.retention.partner-report")
    Optional<Period> partnerReport;

    @ConfigProperty(name = "frontline.prevention.retention.consultation")
    Optional<Period> consultation;

    @Produces
    @Singleton
    RetentionPeriods retentionPeriods() {
        return new RetentionPeriods(partnerReport.orElse(RetentionPeriods.DEFAULTS.partnerReport()),
                consultation.orElse(RetentionPeriods.DEFAULTS.consultation()));
    }
}
