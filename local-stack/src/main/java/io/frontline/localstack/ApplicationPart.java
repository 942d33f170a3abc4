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
    /** Where its health answers: a service's management interface, the web's own port. */
    private final String management;
    private final List<Integer> ports;

    private ApplicationPart(StackSettings settings, String name, String heap, Map<String, String> environment,
                            String url, String management, List<Integer> ports) {
        super(settings, name, name, false, url);
        this.jar = settings.root().resolve(name).resolve("target/quarkus-app/quarkus-run.jar");
        this.heap = heap;
        this.environment = environment;
        this.management = management;
        this.ports = ports;
    }

    static ApplicationPart service(StackSettings settings, String service) {
        return new ApplicationPart(settings, service, "-Xmx384m", settings.serviceEnvironment(service),
                settings.serviceUrl(service), settings.managementUrl(service),
                List.of(settings.port(service), settings.managementPort(service)));
    }

    static ApplicationPart web(StackSettings settings) {
        return new ApplicationPart(settings, StackSettings.WEB, "-Xmx256m", settings.webEnvironment(),
                settings.webUrl(), settings.webUrl(), List.of(settings.port(StackSettings.WEB)));
    }

    @Override
    List<Integer> ports() {
        return ports;
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
        return httpOk(management + "/q/health/ready");
    }

    @Override
    Duration timeout() {
        return Duration.ofSeconds(180);
    }
}
