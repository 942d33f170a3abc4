package io.frontline.localstack;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * Where the local stack lives and how it is reached: the data folder, the ports, the secrets, and the
 * servers that already exist elsewhere. Taken from environment variables at {@code up} and written to
 * {@code stack.properties} in the data folder, so {@code status}, {@code down}, {@code demo} and
 * {@code mails} reach the stack that is running even from a shell with other variables.
 */
public final class StackSettings {
    public static final String REALM = "frontline";
    public static final String[] SERVICES = {"complaint-service", "incident-service", "sanction-service",
            "notification-service", "prevention-service"};

    /** Part name → default port, and its offset from {@code FRONTLINE_PORT_BASE}. */
    private static final Object[][] PORTS = {
            {"postgres", 5432, 0},
            {"kafka", 9092, 1},
            {"kafka-controller", 9093, 2},
            {"keycloak", 8180, 3},
            {"smtp", 2525, 4},
            {"mail-reader", 8025, 5},
            {"complaint-service", 8081, 11},
            {"incident-service", 8082, 12},
            {"sanction-service", 8083, 13},
            {"notification-service", 8084, 14},
            {"prevention-service", 8085, 15},
            {"web", 8080, 10},
            // The services' management interfaces: health, metrics, OpenAPI (never on the public port)
            {"complaint-service-management", 9001, 21},
            {"incident-service-management", 9002, 22},
            {"sanction-service-management", 9003, 23},
            {"notification-service-management", 9004, 24},
            {"prevention-service-management", 9005, 25},
    };
    /** The pages: a part like the services, but with no database or broker of its own. */
    public static final String WEB = "web";

    private final Path root;
    private final Path home;
    private final Properties values;

    private StackSettings(Path root, Path home, Properties values) {
        this.root = root;
        this.home = home;
        this.values = values;
    }

    /** Settings for a new {@code up}: from the environment, keeping the secrets of an earlier run. */
    public static StackSettings fromEnvironment(Path root, Map<String, String> env) {
        Path home = home(root, env);
        Properties earlier = readSaved(home);
        Properties values = new Properties();
        String base = env.get("FRONTLINE_PORT_BASE");
        for (Object[] port : PORTS) {
            String name = (String) port[0];
            String variable = "FRONTLINE_PORT_" + name.replace("-service", "").replace('-', '_').toUpperCase();
            String value = env.get(variable);
            if (value == null || value.isBlank()) {
                value = base == null || base.isBlank() ? String.valueOf(port[1])
                        : String.valueOf(Integer.parseInt(base.trim()) + (Integer) port[2]);
            }
            values.setProperty("port." + name, value.trim());
        }
        copy(env, values, "FRONTLINE_PG_URL", "pg.url");
        copy(env, values, "FRONTLINE_PG_USER", "pg.admin-user");
        copy(env, values, "FRONTLINE_PG_PASSWORD", "pg.admin-password");
        copy(env, values, "FRONTLINE_KAFKA_BOOTSTRAP", "kafka.bootstrap");
        copy(env, values, "FRONTLINE_KEYCLOAK_URL", "keycloak.url");
        copy(env, values, "FRONTLINE_TRACES_ENDPOINT", "traces.endpoint");
        // The secrets stay those of the first run: subject keys and links already stored depend on them.
        values.setProperty("secret.subject-key", firstOf(env.get("FRONTLINE_SUBJECT_KEY_SECRET"),
                earlier.getProperty("secret.subject-key"), randomSecret()));
        values.setProperty("secret.link", firstOf(env.get("FRONTLINE_NOTIFICATION_LINK_SECRET"),
                earlier.getProperty("secret.link"), randomSecret()));
        // Kept too: a new one would end the signed-in sessions and open tracking pages of the web.
        values.setProperty("secret.web-cookie", firstOf(env.get("FRONTLINE_WEB_COOKIE_SECRET"),
                earlier.getProperty("secret.web-cookie"), randomSecret()));
        return new StackSettings(root, home, values);
    }

    /** Settings for a test: explicit ports in a given folder, nothing external. */
    public static StackSettings forTest(Path root, Path home, Map<String, Integer> ports) {
        Properties values = new Properties();
        for (Object[] port : PORTS) {
            Integer value = ports.get((String) port[0]);
            if (value == null) {
                throw new IllegalArgumentException("no port for " + port[0]);
            }
            values.setProperty("port." + port[0], String.valueOf(value));
        }
        values.setProperty("secret.subject-key", randomSecret());
        values.setProperty("secret.link", randomSecret());
        values.setProperty("secret.web-cookie", randomSecret());
        // Every person of the tests comes from this machine's one address: the public limit is counted for them all.
        values.setProperty("limit.public-requests", "1000");
        return new StackSettings(root, home, values);
    }

    /** The settings the running stack was started with, or those the environment gives. */
    public static StackSettings current(Path root, Map<String, String> env) {
        Path home = home(root, env);
        Properties saved = readSaved(home);
        return saved.isEmpty() ? fromEnvironment(root, env) : new StackSettings(root, home, saved);
    }

    /**
     * Every service exports all its traces to this OTLP/HTTP endpoint (e.g. a collector's
     * {@code http://localhost:4318/v1/traces}); without it, traces are kept in the services' logs only (their ids).
     */
    public StackSettings exportingTracesTo(String otlpHttpTracesEndpoint) {
        values.setProperty("traces.endpoint", otlpHttpTracesEndpoint);
        return this;
    }

    public static String[] partNames() {
        String[] names = new String[PORTS.length];
        for (int i = 0; i < PORTS.length; i++) {
            names[i] = (String) PORTS[i][0];
        }
        return names;
    }

    public void save() {
        try {
            Files.createDirectories(home);
            try (Writer out = Files.newBufferedWriter(home.resolve("stack.properties"))) {
                values.store(out, "The local stack as it was last started (bin/frontline up)");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path root() {
        return root;
    }

    public Path home() {
        return home;
    }

    public Path logs() {
        return home.resolve("logs");
    }

    public int port(String part) {
        return Integer.parseInt(values.getProperty("port." + part));
    }

    public String subjectKeySecret() {
        return values.getProperty("secret.subject-key");
    }

    public String linkSecret() {
        return values.getProperty("secret.link");
    }

    /** A JDBC URL ending in '/', to which a database name is appended. */
    public String postgresBaseUrl() {
        String external = values.getProperty("pg.url");
        if (external != null) {
            return external.endsWith("/") ? external : external + "/";
        }
        return "jdbc:postgresql://localhost:" + port("postgres") + "/";
    }

    public boolean externalPostgres() {
        return values.getProperty("pg.url") != null;
    }

    public String postgresAdminUser() {
        return values.getProperty("pg.admin-user", "postgres");
    }

    public String postgresAdminPassword() {
        return values.getProperty("pg.admin-password", "postgres");
    }

    public String kafkaBootstrap() {
        return values.getProperty("kafka.bootstrap", "localhost:" + port("kafka"));
    }

    public boolean externalKafka() {
        return values.getProperty("kafka.bootstrap") != null;
    }

    public String keycloakUrl() {
        String external = values.getProperty("keycloak.url");
        if (external != null) {
            return external.endsWith("/") ? external.substring(0, external.length() - 1) : external;
        }
        return "http://localhost:" + port("keycloak");
    }

    public boolean externalKeycloak() {
        return values.getProperty("keycloak.url") != null;
    }

    public String realmUrl() {
        return keycloakUrl() + "/realms/" + REALM;
    }

    public String serviceUrl(String service) {
        return "http://localhost:" + port(service);
    }

    /** The service's management interface: {@code /q/health}, {@code /q/metrics}, {@code /q/openapi}. */
    public String managementUrl(String service) {
        return "http://localhost:" + managementPort(service);
    }

    /** A stack saved before the management interfaces existed gets their default ports. */
    public int managementPort(String service) {
        String part = service + "-management";
        String saved = values.getProperty("port." + part);
        if (saved != null) {
            return Integer.parseInt(saved);
        }
        for (Object[] port : PORTS) {
            if (port[0].equals(part)) {
                return (Integer) port[1];
            }
        }
        throw new IllegalArgumentException("no management port for " + service);
    }

    /** The web's cookie secret; a stack started before the web existed gets one now. */
    public String webCookieSecret() {
        String secret = values.getProperty("secret.web-cookie");
        if (secret == null) {
            secret = randomSecret();
            values.setProperty("secret.web-cookie", secret);
        }
        return secret;
    }

    public String webUrl() {
        return "http://localhost:" + port(WEB);
    }

    /** The environment of the web application: the realm, its client secret, the services, the organisation. */
    public Map<String, String> webEnvironment() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("QUARKUS_HTTP_PORT", String.valueOf(port(WEB)));
        env.put("QUARKUS_OIDC_AUTH_SERVER_URL", realmUrl());
        env.put("QUARKUS_OIDC_CREDENTIALS_SECRET", "frontline-web-secret");
        env.put("QUARKUS_REST_CLIENT_COMPLAINT_SERVICE_URL", serviceUrl("complaint-service"));
        env.put("QUARKUS_REST_CLIENT_INCIDENT_SERVICE_URL", serviceUrl("incident-service"));
        env.put("QUARKUS_REST_CLIENT_SANCTION_SERVICE_URL", serviceUrl("sanction-service"));
        env.put("QUARKUS_REST_CLIENT_NOTIFICATION_SERVICE_URL", serviceUrl("notification-service"));
        env.put("QUARKUS_REST_CLIENT_PREVENTION_SERVICE_URL", serviceUrl("prevention-service"));
        env.put("FRONTLINE_ORGANISATION_FILE", root.resolve("deploy/local/organisation.yaml").toString());
        env.put("FRONTLINE_WEB_COOKIE_SECRET", webCookieSecret());
        return env;
    }

    public String mailReaderUrl() {
        return "http://localhost:" + port("mail-reader");
    }

    /** The environment of one service, packaged and run in the prod profile: every secret is given. */
    public Map<String, String> serviceEnvironment(String service) {
        String database = service.replace("-service", "");
        Map<String, String> env = new LinkedHashMap<>();
        env.put("QUARKUS_HTTP_PORT", String.valueOf(port(service)));
        env.put("QUARKUS_MANAGEMENT_PORT", String.valueOf(managementPort(service)));
        env.put("QUARKUS_DATASOURCE_JDBC_URL", postgresBaseUrl() + database);
        env.put("QUARKUS_DATASOURCE_USERNAME", database);
        env.put("QUARKUS_DATASOURCE_PASSWORD", database);
        env.put("KAFKA_BOOTSTRAP_SERVERS", kafkaBootstrap());
        env.put("QUARKUS_OIDC_AUTH_SERVER_URL", realmUrl());
        env.put("FRONTLINE_ORGANISATION_FILE", root.resolve("deploy/local/organisation.yaml").toString());
        env.put("FRONTLINE_SUBJECT_KEY_SECRET", subjectKeySecret());
        String traces = values.getProperty("traces.endpoint");
        if (traces != null && !traces.isBlank()) {
            env.put("QUARKUS_OTEL_EXPORTER_OTLP_TRACES_ENDPOINT", traces);
            env.put("QUARKUS_OTEL_EXPORTER_OTLP_TRACES_PROTOCOL", "http/protobuf");
            env.put("QUARKUS_OTEL_TRACES_SAMPLER_ARG", "1.0");
            env.put("QUARKUS_OTEL_BSP_SCHEDULE_DELAY", "200ms");
        }
        if (service.equals("complaint-service")) {
            // The web is the proxy in front of the public pages: it names the person's address, so the public
            // limits count per person. Only the web and the stack's own clients reach this port on this machine.
            env.put("FRONTLINE_PUBLIC_TRUSTED_PROXY_HOPS", "1");
            String limit = values.getProperty("limit.public-requests");
            if (limit != null) {
                env.put("FRONTLINE_PUBLIC_RATE_LIMIT_REQUESTS", limit);
            }
            // A customer's request for access or erasure asks these services too (POST /api/subject-requests)
            env.put("QUARKUS_REST_CLIENT_INCIDENT_SERVICE_URL", serviceUrl("incident-service"));
            env.put("QUARKUS_REST_CLIENT_SANCTION_SERVICE_URL", serviceUrl("sanction-service"));
            env.put("QUARKUS_REST_CLIENT_NOTIFICATION_SERVICE_URL", serviceUrl("notification-service"));
            // Signs the reply tokens in mail to complainants; kept across runs like the links' secret
            env.put("FRONTLINE_COMPLAINT_REPLY_TOKEN_SECRET", linkSecret());
        }
        if (service.equals("prevention-service")) {
            // The workforce (who works where) behind acknowledgement and training shares: the same people directory
            env.put("FRONTLINE_PREVENTION_DIRECTORY_FILE", root.resolve("deploy/local/directory.yaml").toString());
            env.put("FRONTLINE_PUBLIC_TRUSTED_PROXY_HOPS", "1");
            String limit = values.getProperty("limit.public-requests");
            if (limit != null) {
                env.put("FRONTLINE_PUBLIC_RATE_LIMIT_REQUESTS", limit);
            }
        }
        if (service.equals("incident-service")) {
            // Uploaded evidence files, content-addressed and written once, beside the stack's other data
            env.put("FRONTLINE_EVIDENCE_DIR", home.resolve("evidence").toString());
        }
        if (service.equals("sanction-service")) {
            // Door photos of people under an entry ban, deleted when the ban ends, beside the stack's other data
            env.put("FRONTLINE_SANCTION_DOOR_PHOTO_DIR", home.resolve("door-photos").toString());
            // A banned customer's public pages are reached through the web, which forwards the person's address
            env.put("FRONTLINE_PUBLIC_TRUSTED_PROXY_HOPS", "1");
            String limit = values.getProperty("limit.public-requests");
            if (limit != null) {
                env.put("FRONTLINE_PUBLIC_RATE_LIMIT_REQUESTS", limit);
            }
        }
        if (service.equals("notification-service")) {
            env.put("FRONTLINE_NOTIFICATION_DIRECTORY_FILE", root.resolve("deploy/local/directory.yaml").toString());
            env.put("QUARKUS_MAILER_HOST", "127.0.0.1");
            env.put("QUARKUS_MAILER_PORT", String.valueOf(port("smtp")));
            env.put("QUARKUS_MAILER_FROM", "frontline@demo-retail.example");
            env.put("QUARKUS_MAILER_MOCK", "false");
            env.put("QUARKUS_MAILER_TLS", "false");
            env.put("QUARKUS_REST_CLIENT_COMPLAINT_SERVICE_URL", serviceUrl("complaint-service"));
            // A banned customer's notice carries a secret sanction-service issues when the mail is sent (issue 17)
            env.put("QUARKUS_REST_CLIENT_SANCTION_SERVICE_URL", serviceUrl("sanction-service"));
            // Not QUARKUS_OIDC_CLIENT_*: Quarkus also reads those as an OIDC tenant named "client", which then
            // lacks a client id and stops the service; the OIDC client's realm follows quarkus.oidc.auth-server-url.
            // The one-click links open the web's confirmation page; opening one acknowledges nothing.
            env.put("FRONTLINE_NOTIFICATION_PUBLIC_URL", webUrl());
            env.put("FRONTLINE_NOTIFICATION_LINK_SECRET", linkSecret());
            env.put("FRONTLINE_NOTIFICATION_WEBHOOK_SECRET", linkSecret());
        }
        return env;
    }

    private static Path home(Path root, Map<String, String> env) {
        String home = env.get("FRONTLINE_HOME");
        return (home == null || home.isBlank() ? root.resolve(".frontline") : Path.of(home)).toAbsolutePath().normalize();
    }

    private static Properties readSaved(Path home) {
        Properties saved = new Properties();
        Path file = home.resolve("stack.properties");
        if (Files.exists(file)) {
            try (Reader in = Files.newBufferedReader(file)) {
                saved.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return saved;
    }

    private static void copy(Map<String, String> env, Properties values, String variable, String key) {
        String value = env.get(variable);
        if (value != null && !value.isBlank()) {
            values.setProperty(key, value.trim());
        }
    }

    private static String firstOf(String... candidates) {
        for (String candidate : candidates) {
            if (candidate != null && !candidate.isBlank()) {
                return candidate;
            }
        }
        throw new IllegalStateException("no value");
    }

    private static String randomSecret() {
        byte[] bytes = new byte[36];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
