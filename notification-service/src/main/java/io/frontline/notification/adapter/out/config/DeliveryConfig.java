package io.frontline.notification.adapter.out.config;

import io.frontline.notification.application.domain.model.Channel;
import io.frontline.notification.application.domain.model.GroupingPolicy;
import io.frontline.notification.application.domain.model.RetryPolicy;
import io.frontline.notification.application.domain.model.SendingLimits;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Singleton;
import jakarta.enterprise.inject.Produces;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.Map;

/**
 * How deliveries are sent, from configuration: retries ({@code frontline.notification.retry.*}), senders per channel
 * and lane ({@code frontline.notification.sender.*}) and grouping of routine news ({@code frontline.notification.grouping.*}).
 */
@ApplicationScoped
class DeliveryConfig {
    @ConfigProperty(name = "frontline.notification.retry.initial-delay", defaultValue = "PT5S")
    Duration initialDelay;

    @ConfigProperty(name = "frontline.notification.retry.factor", defaultValue = "2")
    double factor;

    @ConfigProperty(name = "frontline.notification.retry.max-attempts", defaultValue = "5")
    int maxAttempts;

    @ConfigProperty(name = "frontline.notification.sender.concurrency.email", defaultValue = "16")
    int emailConcurrency;

    @ConfigProperty(name = "frontline.notification.sender.concurrency.webhook", defaultValue = "4")
    int webhookConcurrency;

    @ConfigProperty(name = "frontline.notification.sender.concurrency.sms", defaultValue = "2")
    int smsConcurrency;

    @ConfigProperty(name = "frontline.notification.sender.batch", defaultValue = "100")
    int batch;

    @ConfigProperty(name = "frontline.notification.grouping.max-per-window", defaultValue = "10")
    int groupingMax;

    @ConfigProperty(name = "frontline.notification.grouping.window", defaultValue = "PT15M")
    Duration groupingWindow;

    @Produces
    @Singleton
    SendingLimits sendingLimits() {
        return new SendingLimits(Map.of(Channel.EMAIL, emailConcurrency, Channel.WEBHOOK, webhookConcurrency,
                Channel.SMS, smsConcurrency), batch);
    }

    @Produces
    @Singleton
    GroupingPolicy groupingPolicy() {
        return new GroupingPolicy(groupingMax, groupingWindow);
    }

    @Produces
    @Singleton
    RetryPolicy retryPolicy() {
        return new RetryPolicy(initialDelay, factor, maxAttempts);
    }
}
