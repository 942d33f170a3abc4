package io.frontline.localstack;

import io.frontline.platform.testing.infra.FreePort;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LocalStackTest {
    @TempDir
    Path home;

    private final Map<String, Integer> ports = new LinkedHashMap<>();

    private LocalStack stack() {
        for (String name : StackSettings.partNames()) {
            ports.put(name, FreePort.find());
        }
        return new LocalStack(StackSettings.forTest(Path.of(".").toAbsolutePath(), home, ports),
                new PrintStream(new ByteArrayOutputStream()));
    }

    @Test
    void the_status_lists_every_part_in_the_order_it_starts_servers_before_applications() {
        List<String> status = stack().status();

        assertThat(status).extracting(line -> line.substring(0, 22).trim()).containsExactly("PostgreSQL", "Kafka",
                "Keycloak", "Mail (SMTP + reader)", "complaint-service", "incident-service", "sanction-service",
                "notification-service", "prevention-service", "web");
        assertThat(status).allSatisfy(line -> assertThat(line).contains("stopped").contains("not answering"));
        assertThat(status.get(1)).contains("localhost:" + ports.get("kafka"));
    }

    @Test
    void a_port_another_program_holds_stops_the_start_before_any_part_runs() throws IOException {
        LocalStack stack = stack();
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress("localhost", ports.get("mail-reader")));

            assertThatThrownBy(stack::up).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("port " + ports.get("mail-reader") + " for Mail (SMTP + reader) is in use");
        }
        assertThat(stack.anyRunning()).isFalse();
    }

    @Test
    void a_services_management_port_held_by_another_program_stops_the_start_too() throws IOException {
        LocalStack stack = stack();
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress("localhost", ports.get("sanction-service-management")));

            assertThatThrownBy(stack::up).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("port " + ports.get("sanction-service-management") + " for sanction-service");
        }
    }

    @Test
    void a_part_that_is_not_there_cannot_be_started_alone() {
        assertThatThrownBy(() -> stack().start("zookeeper")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no part zookeeper");
    }
}
