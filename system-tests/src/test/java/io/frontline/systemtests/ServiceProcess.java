package io.frontline.systemtests;

import io.frontline.platform.testing.infra.FreePort;
import io.frontline.platform.testing.infra.ManagedProcess;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One Frontline service, run from its packaged JVM build as it runs in production (prod profile). */
final class ServiceProcess {
    private final String name;
    private final int port;
    private final ManagedProcess process;

    ServiceProcess(String name, Path repoRoot, Path logDir, Map<String, String> environment) {
        this.name = name;
        this.port = FreePort.find();
        Path jar = repoRoot.resolve(name).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: package the services first (./mvnw verify does)");
        }
        Map<String, String> env = new HashMap<>(environment);
        env.put("QUARKUS_HTTP_PORT", String.valueOf(port));
        this.process = new ManagedProcess(name, List.of(ManagedProcess.java(), "-Xmx384m", "-XX:TieredStopAtLevel=1",
                "-jar", jar.toString()), env, logDir.resolve(name + ".log"));
    }

    ServiceProcess start() {
        process.start();
        return this;
    }

    ServiceProcess awaitReady() {
        process.awaitReady(Duration.ofSeconds(120), () -> ManagedProcess.httpOk(url() + "/q/health/ready"));
        return this;
    }

    String url() {
        return "http://localhost:" + port;
    }

    String name() {
        return name;
    }

    String logTail() {
        return process.tail();
    }
}
