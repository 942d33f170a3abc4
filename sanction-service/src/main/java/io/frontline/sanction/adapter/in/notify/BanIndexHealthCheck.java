package io.frontline.sanction.adapter.in.notify;

import io.frontline.sanction.application.port.in.RefreshBanIndexUseCase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Not ready to answer ban checks until the index has been built from the database once. */
@Readiness
@ApplicationScoped
class BanIndexHealthCheck implements HealthCheck {
    @Inject
    RefreshBanIndexUseCase index;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("ban-index").status(index.isBuilt())
                .withData("bans", index.indexedBans()).build();
    }
}
