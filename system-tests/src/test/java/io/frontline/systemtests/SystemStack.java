package io.frontline.systemtests;

import io.frontline.localstack.LocalStack;
import io.frontline.localstack.StackSettings;
import io.frontline.localstack.demo.StackClient;
import io.frontline.platform.testing.infra.FreePort;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.Map;

/**
 * The whole system for the system tests, started once per test JVM by the launcher that
 * {@code bin/frontline up} uses: PostgreSQL with a database per service, a Kafka broker in its own
 * process (so a test can take it away), Keycloak with the demo realm, SMTP, and the five services as
 * processes — in a temporary folder, on free ports, stopped when the JVM ends.
 */
final class SystemStack {
    private static SystemStack started;

    private final LocalStack stack;
    private final StackClient client;
    private final OtlpReceiver traces = new OtlpReceiver();

    private SystemStack() {
        try {
            Path home = Files.createTempDirectory("frontline-system-");
            // PostgreSQL, started as root, runs as an unprivileged user that must reach its folder.
            Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("rwxr-xr-x"));
            Map<String, Integer> ports = new HashMap<>();
            for (String part : StackSettings.partNames()) {
                ports.put(part, FreePort.find());
            }
            Path root = Path.of(System.getProperty("frontline.repo.root", "..")).toAbsolutePath().normalize();
            stack = new LocalStack(StackSettings.forTest(root, home, ports).exportingTracesTo(traces.endpoint()),
                    System.out);
            // The parts outlive a JVM by design (bin/frontline up exits); these must not outlive the tests.
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                stack.down();
                stack.reset();
            }, "system-stack-down"));
            long begin = System.nanoTime();
            stack.up();
            System.out.printf("System stack ready in %d ms%n", (System.nanoTime() - begin) / 1_000_000);
            client = new StackClient(stack.settings());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static synchronized SystemStack get() {
        if (started == null) {
            started = new SystemStack();
        }
        return started;
    }

    String url(String service) {
        return stack.settings().serviceUrl(service);
    }

    /** The service's management interface (health, metrics, OpenAPI), not on its public port. */
    String managementUrl(String service) {
        return stack.settings().managementUrl(service);
    }

    String kafkaBootstrap() {
        return stack.settings().kafkaBootstrap();
    }

    /** The spans every service has exported so far. */
    java.util.List<OtlpReceiver.Span> traces() {
        return traces.spans();
    }

    /** A broker outage: the broker process stops, its data stays. */
    void stopKafka() {
        stack.stop("kafka");
    }

    void startKafka() {
        stack.start("kafka");
    }

    /** "Bearer ..." with a real token of a demo user. */
    String bearer(String username) {
        return "Bearer " + client.userToken(username);
    }
}
