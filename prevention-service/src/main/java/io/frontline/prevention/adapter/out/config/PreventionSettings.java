package io.frontline.prevention.adapter.out.config;

import io.frontline.prevention.application.port.out.PreventionSettingsPort;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Period;

/** {@code frontline.prevention.training-due-soon} and {@code frontline.prevention.review-interval} (ISO-8601 periods). */
@ApplicationScoped
class PreventionSettings implements PreventionSettingsPort {
    @ConfigProperty(name = "frontline.prevention.training-due-soon", defaultValue = "P30D")
    Period trainingDueSoon;

    @ConfigProperty(name = "frontline.prevention.review-interval", defaultValue = "P3M")
    Period reviewInterval;

    @Override
    public Period trainingDueSoon() {
        return trainingDueSoon;
    }

    @Override
    public Period reviewInterval() {
        return reviewInterval;
    }
}
