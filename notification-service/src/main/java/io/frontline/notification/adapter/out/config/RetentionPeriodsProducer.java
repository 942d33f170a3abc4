package io.frontline.notification.adapter.out.config;

import io.frontline.notification.application.domain.model.RetentionPeriods;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Period;
import java.util.Optional;

/** The retention periods (ISO-8601, e.g. P12M), each the domain's default when the chain does not set it. */
@Singleton
class RetentionPeriodsProducer {
    @ConfigProperty(name = "frontline.notification.retention.delivery")
    Optional<Period> delivery;

    @ConfigProperty(name = "frontline.notification.retention.inbox-entry")
    Optional<Period> inboxEntry;

    @Produces
    @Singleton
    RetentionPeriods retentionPeriods() {
        return new RetentionPeriods(delivery.orElse(RetentionPeriods.DEFAULTS.delivery()),
                inboxEntry.orElse(RetentionPeriods.DEFAULTS.inboxEntry()));
    }
}
