package io.frontline.platform.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Liveness;

import java.time.Duration;

/**
 * Liveness of the outbox relay: down only when the relay's loop is stuck (not come round for
 * {@code frontline.outbox.relay.stall-after}), which a restart cures. Kafka or the database being away is not
 * a reason: the relay retries with back-off, and the service stays ready — intake and the ban check go on while
 * events wait in the outbox. How long they wait is a metric with an alert ({@link OutboxLag}), not a health check.
 */
@Liveness
@ApplicationScoped
public class OutboxHealthCheck implements HealthCheck {
    @Inject
    OutboxRelay relay;

    @Inject
    OutboxLag lag;

    @ConfigProperty(name = "frontline.outbox.relay.stall-after", defaultValue = "PT2M")
    Duration stallAfter;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("outbox-relay")
                .withData("relayLeader", relay.isLeader());
        OutboxLag.Reading reading = lag.read();
        if (reading != null) {
            response.withData("pending", reading.pending()).withData("lagSeconds", reading.oldest().toSeconds());
        }
        if (relay.lastError() != null) {
            response.withData("lastError", relay.lastError());
        }
        return response.status(!relay.stalled(stallAfter)).build();
    }
}
