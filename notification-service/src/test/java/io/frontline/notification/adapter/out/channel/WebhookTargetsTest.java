package io.frontline.notification.adapter.out.channel;

import io.frontline.notification.application.port.out.SendFailed;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A webhook URL typed into the directory cannot turn Frontline into a way into its own network. */
class WebhookTargetsTest {
    private static WebhookTargets resolvingTo(boolean allowHttp, String... addresses) {
        return new WebhookTargets(allowHttp, Set.of(), host -> {
            InetAddress[] resolved = new InetAddress[addresses.length];
            for (int i = 0; i < addresses.length; i++) {
                resolved[i] = InetAddress.getByName(addresses[i]);
            }
            return resolved;
        });
    }

    @Test
    void outside_dev_only_https_is_allowed() {
        assertThatThrownBy(() -> resolvingTo(false, "93.184.215.14").check("http://chat.example.org/hooks/1"))
                .isInstanceOf(SendFailed.class).hasMessageContaining("only https");
        assertThat(resolvingTo(false, "93.184.215.14").check("https://chat.example.org/hooks/1").host())
                .isEqualTo("chat.example.org");
        assertThat(resolvingTo(true, "93.184.215.14").check("http://chat.example.org/hooks/1")).isNotNull();
        assertThatThrownBy(() -> resolvingTo(true, "93.184.215.14").check("file:///etc/passwd"))
                .isInstanceOf(SendFailed.class);
    }

    @Test
    void loopback_private_link_local_and_metadata_addresses_are_refused() {
        for (String internal : new String[]{"127.0.0.1", "10.1.2.3", "172.16.0.9", "192.168.1.1", "169.254.169.254",
                "100.100.100.200", "0.0.0.0", "::1", "fe80::1", "fd00:ec2::254", "::ffff:127.0.0.1", "224.0.0.1"}) {
            assertThatThrownBy(() -> resolvingTo(false, internal).check("https://hooks.example.org/x"), internal)
                    .isInstanceOf(SendFailed.class).hasMessageContaining("internal address");
        }
    }

    @Test
    void a_name_with_one_internal_address_among_public_ones_is_refused() {
        // DNS answered the name with a public and an internal address: the client could connect to either
        assertThatThrownBy(() -> resolvingTo(false, "93.184.215.14", "10.0.0.7").check("https://hooks.example.org/x"))
                .isInstanceOf(SendFailed.class).hasMessageContaining("internal address");
    }

    @Test
    void the_address_is_checked_at_each_send_so_a_name_that_later_points_inside_is_refused() {
        String[] answer = {"93.184.215.14"};
        WebhookTargets targets = new WebhookTargets(false, Set.of(),
                host -> new InetAddress[]{InetAddress.getByName(answer[0])});
        assertThat(targets.check("https://hooks.example.org/x")).isNotNull();
        answer[0] = "169.254.169.254";
        assertThatThrownBy(() -> targets.check("https://hooks.example.org/x")).isInstanceOf(SendFailed.class);
    }

    @Test
    void literal_addresses_and_user_information_in_the_url_are_checked_too() {
        WebhookTargets targets = new WebhookTargets(false, Set.of());
        assertThatThrownBy(() -> targets.check("https://127.0.0.1:8443/x")).isInstanceOf(SendFailed.class);
        assertThatThrownBy(() -> targets.check("https://[::1]/x")).isInstanceOf(SendFailed.class);
        assertThatThrownBy(() -> targets.check("https://user@93.184.215.14/x")).isInstanceOf(SendFailed.class);
    }

    @Test
    void a_public_address_is_allowed() {
        assertThat(WebhookTargets.isInternal(addr("93.184.215.14"))).isFalse();
        assertThat(WebhookTargets.isInternal(addr("2606:2800:21f:cb07:6820:80da:af6b:8b2c"))).isFalse();
    }

    private static InetAddress addr(String literal) {
        try {
            return InetAddress.getByName(literal);
        } catch (java.net.UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }
}
