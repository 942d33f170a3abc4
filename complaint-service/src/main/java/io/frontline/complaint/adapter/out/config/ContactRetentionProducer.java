package io.frontline.complaint.adapter.out.config;

import io.frontline.complaint.application.domain.model.ContactRetention;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Period;
import java.util.Optional;

/**
 * The retention of complainants' contact data: {@code frontline.complaint.retention} (ISO-8601 period) where the
 * chain sets it, the domain's default ({@link ContactRetention#DEFAULT}, 24 months) otherwise.
 */
@ApplicationScoped
class ContactRetentionProducer {
    @ConfigProperty(name = "frontline.complaint.retention")
    Optional<Period> retention;

    @Produces
    @Singleton
    ContactRetention retention() {
        return retention.map(ContactRetention::of).orElse(ContactRetention.DEFAULT);
    }
}
