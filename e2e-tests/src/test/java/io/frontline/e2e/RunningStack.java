package io.frontline.e2e;

import io.frontline.localstack.LocalStack;
import io.frontline.localstack.StackSettings;
import io.frontline.localstack.demo.StackClient;
import io.frontline.platform.testing.infra.FreePort;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.Map;

/**
 * The whole stack, started once for every end-to-end test class the way {@code bin/frontline up} starts it (same
 * launcher, a temporary data folder, free ports) and stopped after the last one, leaving no process behind.
 */
public final class RunningStack implements BeforeAllCallback {
    private static Started started;
    /** Receives the spans every part of the stack exports (OTLP/HTTP), for the tests that follow one trace. */
    private static final io.frontline.e2e.system.OtlpReceiver TRACES = new io.frontline.e2e.system.OtlpReceiver();

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(RunningStack.class, key -> start(), Started.class);
    }

    public static LocalStack stack() {
        return started.stack;
    }

    public static StackClient client() {
        return started.client;
    }

    /** The spans every part has exported so far. */
    public static java.util.List<io.frontline.e2e.system.OtlpReceiver.Span> traces() {
        return TRACES.spans();
    }

    private static synchronized Started start() {
        if (started == null) {
            started = new Started();
        }
        return started;
    }

    /** The stack for this run; closing it stops every part and checks that nothing is left running. */
    static final class Started implements ExtensionContext.Store.CloseableResource {
        final LocalStack stack;
        final StackClient client;

        Started() {
            try {
                Path home = Files.createTempDirectory("frontline-e2e-");
                // PostgreSQL, started as root, runs as an unprivileged user that must reach its folder.
                Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("rwxr-xr-x"));
                Map<String, Integer> ports = new HashMap<>();
                for (String part : StackSettings.partNames()) {
                    ports.put(part, FreePort.find());
                }
                Path root = Path.of(System.getProperty("frontline.repo.root", "..")).toAbsolutePath().normalize();
                stack = new LocalStack(StackSettings.forTest(root, home, ports).exportingTracesTo(TRACES.endpoint()),
                        System.out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            long begin = System.nanoTime();
            try {
                stack.up();
            } catch (RuntimeException e) {
                stack.down();
                throw e;
            }
            System.out.printf("End-to-end stack ready in %d s%n", (System.nanoTime() - begin) / 1_000_000_000);
            client = new StackClient(stack.settings());
        }

        @Override
        public void close() {
            client.close();
            stack.down();
            if (!stack.processesOfThisStack().isEmpty() || stack.anyRunning()) {
                throw new AssertionError("processes of the stack left after down: " + stack.processesOfThisStack());
            }
            stack.reset();
        }
    }
}
