package io.frontline.platform.web;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class PublicEndpointLimitsTest {

    @Test
    void a_flood_of_distinct_addresses_never_tracks_more_than_the_configured_number_of_clients() {
        PublicEndpointLimits limits = new PublicEndpointLimits(5, Duration.ofMinutes(1), 100, 1);
        for (int i = 0; i < 50_000; i++) {
            limits.tryTake("198.51." + (i / 250 % 250) + "." + (i % 250));
            if (i % 1_000 == 0) {
                assertThat(limits.trackedClients()).isLessThanOrEqualTo(100);
            }
        }
        assertThat(limits.trackedClients()).isLessThanOrEqualTo(100);
    }

    @Test
    void a_client_over_its_limit_waits_while_another_is_served() {
        PublicEndpointLimits limits = new PublicEndpointLimits(2, Duration.ofMinutes(1), 100, 1);
        assertThat(limits.tryTake("203.0.113.1")).isZero();
        assertThat(limits.tryTake("203.0.113.1")).isZero();
        assertThat(limits.tryTake("203.0.113.1")).isBetween(1L, 60L);
        assertThat(limits.tryTake("203.0.113.2")).isZero();
    }
}
