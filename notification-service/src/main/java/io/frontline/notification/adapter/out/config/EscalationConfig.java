package io.frontline.notification.adapter.out.config;

import io.frontline.notification.application.domain.model.escalation.AcknowledgementLinks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;

/**
 * The one-click acknowledgement links of escalations, from configuration: {@code frontline.notification.link-secret}
 * (required), {@code frontline.notification.link-validity} and {@code frontline.notification.public-url}.
 */
@ApplicationScoped
class EscalationConfig {
    @ConfigProperty(name = "frontline.notification.link-secret")
    String linkSecret;

    @ConfigProperty(name = "frontline.notification.link-validity", defaultValue = "PT24H")
    Duration linkValidity;

    @ConfigProperty(name = "frontline.notification.public-url", defaultValue = "http://localhost:8080")
    String publicUrl;

    @Produces
    @Singleton
    AcknowledgementLinks acknowledgementLinks() {
        return new AcknowledgementLinks(linkSecret, linkValidity, publicUrl);
    }
}
