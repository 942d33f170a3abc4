package io.frontline.platform.web;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class ForwardedClientTest {

    @Test
    void without_a_trusted_hop_the_header_is_ignored_and_the_peer_is_the_client() {
        assertThat(ForwardedClient.of("203.0.113.9", "198.51.100.1", 0)).isEqualTo("198.51.100.1");
    }

    @Test
    void behind_one_trusted_hop_the_client_is_the_right_most_address_whatever_it_wrote_on_the_left() {
        // The client wrote "1.2.3.4, 5.6.7.8" itself; the ingress appended the address it saw
        assertThat(ForwardedClient.of("1.2.3.4, 5.6.7.8, 203.0.113.9", "10.0.0.5", 1)).isEqualTo("203.0.113.9");
        assertThat(ForwardedClient.of("203.0.113.9", "10.0.0.5", 1)).isEqualTo("203.0.113.9");
    }

    @Test
    void behind_two_trusted_hops_the_address_the_outer_proxy_appended_is_skipped() {
        // client → ingress (appends the client) → web (appends the ingress) → service
        assertThat(ForwardedClient.of("6.6.6.6, 203.0.113.9, 10.0.0.7", "10.0.0.8", 2)).isEqualTo("203.0.113.9");
    }

    @Test
    void a_missing_or_empty_header_leaves_the_peer_as_the_client() {
        assertThat(ForwardedClient.of(null, "198.51.100.1", 1)).isEqualTo("198.51.100.1");
        assertThat(ForwardedClient.of(" ", "198.51.100.1", 1)).isEqualTo("198.51.100.1");
        assertThat(ForwardedClient.of("1.2.3.4, ", "198.51.100.1", 1)).isEqualTo("198.51.100.1");
    }

    @Test
    void an_absurdly_long_entry_is_cut_so_it_cannot_bloat_the_map_of_clients() {
        assertThat(ForwardedClient.of("x".repeat(10_000), null, 1)).hasSize(ForwardedClient.MAX_ADDRESS_LENGTH);
    }

    @Test
    void spoofed_left_entries_do_not_give_a_client_a_fresh_bucket() {
        PublicEndpointLimits limits = new PublicEndpointLimits(3, Duration.ofMinutes(1), 1_000, 1);
        for (int i = 0; i < 3; i++) {
            assertThat(limits.tryTake(ForwardedClient.of("192.0.2." + i + ", 203.0.113.9", "10.0.0.5", 1))).isZero();
        }
        assertThat(limits.tryTake(ForwardedClient.of("192.0.2.200, 203.0.113.9", "10.0.0.5", 1))).isPositive();
        assertThat(limits.tryTake(ForwardedClient.of("192.0.2.200, 203.0.113.10", "10.0.0.5", 1))).isZero();
    }
}
