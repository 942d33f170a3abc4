package io.frontline.incident.adapter.out.config;

import io.frontline.incident.application.domain.model.RetentionPeriods;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Period;
import java.util.Optional;

/** The retention periods (ISO-8601, e.g. P24M), each the domain's default when the chain does not set it. */
@Singleton
class RetentionPeriodsProducer {
    @ConfigProperty(name = "frontline.incident.retention.incident")
    Optional<Period> incident;

    @ConfigProperty(name = "frontline.incident.retention.formal-complaint")
    Optional<Period> formalComplaint;

    @ConfigProperty(name = "frontline.incident.retention.counsellor-note")
    Optional<Period> counsellorNote;

    @ConfigProperty(name = "frontline.incident.retention.live-call")
    Optional<Period> liveCall;

    @Produces
    @Singleton
    RetentionPeriods retentionPeriods() {
        RetentionPeriods d = RetentionPeriods.DEFAULTS;
        return new RetentionPeriods(incident.orElse(d.incident()), formalComplaint.orElse(d.formalComplaint()),
                counsellorNote.orElse(d.counsellorNote()), liveCall.orElse(d.liveCall()));
    }
}
