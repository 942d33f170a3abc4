package io.frontline.systemtests;

import io.frontline.platform.events.Topics;
import io.frontline.platform.testing.infra.KafkaProcess;
import io.frontline.platform.testing.infra.KeycloakServer;
import io.frontline.platform.testing.infra.PostgresServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole system for the system tests, started once per test JVM: PostgreSQL with a database per
 * service, a Kafka broker in its own process (so a test can take it away), Keycloak with the demo
 * realm, and the four services as processes.
 */
final class SystemStack {
    static final String SUBJECT_KEY_SECRET = "system-test-subject-key-secret-0123456789";
    static final String NOTIFICATION_LINK_SECRET = "system-test-notification-link-secret-0123456789";
    private static SystemStack started;

    final KafkaProcess kafka;
    final Map<String, ServiceProcess> services = new LinkedHashMap<>();

    private SystemStack() {
        Path root = Path.of(System.getProperty("frontline.repo.root", ".."));
        Path work = createWorkDirectory();
        PostgresServer postgres = PostgresServer.shared();
        kafka = new KafkaProcess(work.resolve("kafka")).start();
        List<String> topics = new ArrayList<>();
        for (String topic : List.of(Topics.COMPLAINTS, Topics.INCIDENTS, Topics.SANCTIONS, Topics.NOTIFICATIONS,
                Topics.CALLCENTER_TRANSCRIPTS)) {
            topics.add(topic);
            topics.add(Topics.deadLetter(topic));
        }
        kafka.createTopics(3, topics.toArray(String[]::new));
        KeycloakServer keycloak = KeycloakServer.shared();
        for (String name : List.of("complaint-service", "incident-service", "sanction-service", "notification-service")) {
            Map<String, String> env = new LinkedHashMap<>();
            env.put("QUARKUS_DATASOURCE_JDBC_URL", postgres.createDatabase(name.replace("-service", "")));
            env.put("QUARKUS_DATASOURCE_USERNAME", postgres.user());
            env.put("QUARKUS_DATASOURCE_PASSWORD", postgres.password());
            env.put("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
            env.put("QUARKUS_OIDC_AUTH_SERVER_URL", keycloak.realmUrl());
            env.put("FRONTLINE_ORGANISATION_FILE", root.resolve("deploy/local/organisation.yaml").toString());
            env.put("FRONTLINE_NOTIFICATION_DIRECTORY_FILE", root.resolve("deploy/local/directory.yaml").toString());
            env.put("FRONTLINE_SUBJECT_KEY_SECRET", SUBJECT_KEY_SECRET);
            env.put("FRONTLINE_NOTIFICATION_LINK_SECRET", NOTIFICATION_LINK_SECRET);
            services.put(name, new ServiceProcess(name, root, work.resolve("logs"), env));
        }
        long begin = System.nanoTime();
        services.values().forEach(ServiceProcess::start);
        services.values().forEach(ServiceProcess::awaitReady);
        System.out.printf("System stack ready: four services in %d ms%n", (System.nanoTime() - begin) / 1_000_000);
    }

    static synchronized SystemStack get() {
        if (started == null) {
            started = new SystemStack();
        }
        return started;
    }

    String url(String service) {
        return services.get(service).url();
    }

    private static Path createWorkDirectory() {
        try {
            Path target = Path.of("target");
            Files.createDirectories(target);
            return Files.createTempDirectory(target.toAbsolutePath(), "system-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
