package io.frontline.sanction.adapter.in.notify;

import io.frontline.sanction.application.port.in.RefreshBanIndexUseCase;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** {@code frontline_bans_indexed}: the bans in force (or to come) in this replica's index, beside its health check. */
@ApplicationScoped
class BanIndexGauge {
    void register(@Observes StartupEvent event, MeterRegistry registry, RefreshBanIndexUseCase index) {
        Gauge.builder("frontline.bans.indexed", index, RefreshBanIndexUseCase::indexedBans)
                .description("Bans in force or to come in this replica's index").strongReference(true)
                .register(registry);
    }
}
