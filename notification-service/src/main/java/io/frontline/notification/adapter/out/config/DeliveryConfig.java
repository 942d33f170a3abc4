package io.frontline.notification.adapter.out.config;

import io.frontline.notification.application.domain.model.RetryPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Singleton;
import jakarta.enterprise.inject.Produces;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;

/** The retry policy of deliveries, from configuration ({@code frontline.notification.retry.*}). */
@ApplicationScoped
class DeliveryConfig {
    @ConfigProperty(name = "frontline.notification.retry.initial-delay", defaultValue = "PT5S")
    Duration initialDelay;

    @ConfigProperty(name = "frontline.notification.retry.factor", defaultValue = "2")
    double factor;

    @ConfigProperty(name = "frontline.notification.retry.max-attempts", defaultValue = "5")
    int maxAttempts;

    @Produces
    @Singleton
    RetryPolicy retryPolicy() {
        return new RetryPolicy(initialDelay, factor, maxAttempts);
    }
}
