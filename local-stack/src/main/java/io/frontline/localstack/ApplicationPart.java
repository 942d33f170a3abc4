package io.frontline.localstack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** One of Frontline's own applications — a service or the web — from its built Quarkus jar, ready when its health says so. */
final class ApplicationPart extends Part {
    private final Path jar;
    private final String heap;
    private final Map<String, String> environment;

    private ApplicationPart(StackSettings settings, String name, String heap, Map<String, String> environment,
                            String url) {
        super(settings, name, name, false, url);
        this.jar = settings.root().resolve(name).resolve("target/quarkus-app/quarkus-run.jar");
        this.heap = heap;
        this.environment = environment;
    }

    static ApplicationPart service(StackSettings settings, String service) {
        return new ApplicationPart(settings, service, "-Xmx384m", settings.serviceEnvironment(service),
                settings.serviceUrl(service));
    }

    static ApplicationPart web(StackSettings settings) {
        return new ApplicationPart(settings, StackSettings.WEB, "-Xmx256m", settings.webEnvironment(),
                settings.webUrl());
    }

    @Override
    List<Integer> ports() {
        return List.of(settings.port(process.name()));
    }

    @Override
    List<String> command() {
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: build first (bin/frontline up does)");
        }
        // The JDK's resolver (hosts file, then DNS) for Vert.x's clients too, like every other client of the
        // application: no second resolver with its own cache and timeouts.
        return List.of(java(), heap, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Dvertx.disableDnsResolver=true",
                marker(), "-jar", jar.toString());
    }

    @Override
    Map<String, String> environment() {
        return environment;
    }

    @Override
    boolean ready() {
        return httpOk(where + "/q/health/ready");
    }

    @Override
    Duration timeout() {
        return Duration.ofSeconds(180);
    }
}
