package io.frontline.sanction.adapter.out.config;

import io.frontline.platform.domain.CalendarTerm;
import io.frontline.sanction.application.domain.model.ObjectionTermPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * {@code frontline.sanction.objection.late-handling-days} (7): when an objection's decision term passed, the
 * days (to the end of the last, in the site's calendar) within which a decision is now expected.
 */
@ApplicationScoped
class ObjectionTermPolicyProducer {
    @ConfigProperty(name = "frontline.sanction.objection.late-handling-days", defaultValue = "7")
    int lateHandlingDays;

    @Produces
    @Singleton
    ObjectionTermPolicy objectionTermPolicy() {
        return new ObjectionTermPolicy(CalendarTerm.ofDays(lateHandlingDays));
    }
}
