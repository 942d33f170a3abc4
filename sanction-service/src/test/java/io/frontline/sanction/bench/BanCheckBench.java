package io.frontline.sanction.bench;

import io.frontline.platform.domain.SubjectKey;
import io.frontline.platform.testing.infra.FreePort;
import io.frontline.platform.testing.infra.KafkaServer;
import io.frontline.platform.testing.infra.KeycloakServer;
import io.frontline.platform.testing.infra.ManagedProcess;
import io.frontline.platform.testing.infra.PostgresServer;
import io.frontline.platform.testing.infra.Tokens;
import io.frontline.sanction.application.domain.model.BanEntry;
import io.frontline.sanction.application.domain.model.BanIndex;
import io.frontline.sanction.application.domain.model.BanQuery;
import io.frontline.sanction.application.domain.model.Channel;
import io.frontline.sanction.application.domain.model.EntryBanTerms;
import io.frontline.sanction.application.domain.model.MeasureType;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Loads the ban check of a packaged sanction-service with wrk, next to the constant {@code /api/bans/ping} of
 * the same service in the same run. Starts what it needs (the platform's test PostgreSQL, an in-JVM Kafka
 * broker, Keycloak) on loopback, seeds {@value #SEEDED_BANS} bans besides the one that is hit, and prints
 * requests per second and p50/p99 latency as wrk saw them, the server's own mean time per request (its
 * Micrometer HTTP timer), and the cost of an index lookup alone. Run by {@code bench/ban-check.sh}; not part of the build's tests.
 */
public final class BanCheckBench {
    static final int SEEDED_BANS = 10_000;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final SecureRandom RANDOM = new SecureRandom();

    private BanCheckBench() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        int connections = args.length > 2 ? Integer.parseInt(args[2]) : 32;
        Path jar = root.resolve("sanction-service/target/quarkus-app/quarkus-run.jar");
        Path work = Files.createDirectories(root.resolve("sanction-service/target/bench"));

        PostgresServer postgres = PostgresServer.shared();
        String jdbc = postgres.createDatabase("bench_sanction");
        String kafka = KafkaServer.shared().bootstrapServers();
        String realm = KeycloakServer.shared().realmUrl();
        int port = FreePort.find();
        String base = "http://127.0.0.1:" + port;
        Map<String, String> env = new LinkedHashMap<>();
        env.put("QUARKUS_HTTP_PORT", String.valueOf(port));
        int managementPort = FreePort.find();
        String management = "http://127.0.0.1:" + managementPort;
        env.put("QUARKUS_MANAGEMENT_PORT", String.valueOf(managementPort));
        env.put("QUARKUS_HTTP_HOST", "127.0.0.1");
        env.put("QUARKUS_DATASOURCE_JDBC_URL", jdbc);
        env.put("QUARKUS_DATASOURCE_USERNAME", postgres.user());
        env.put("QUARKUS_DATASOURCE_PASSWORD", postgres.password());
        env.put("KAFKA_BOOTSTRAP_SERVERS", kafka);
        env.put("QUARKUS_OIDC_AUTH_SERVER_URL", realm);
        env.put("FRONTLINE_ORGANISATION_FILE", root.resolve("deploy/local/organisation.yaml").toString());
        env.put("FRONTLINE_SUBJECT_KEY_SECRET", "bench-subject-key-secret-0123456789abcdef");
        ManagedProcess service = new ManagedProcess("sanction-service", List.of(ManagedProcess.java(), "-Xmx512m",
                "-jar", jar.toString()), env, work.resolve("sanction-service.log"));
        try {
            service.start().awaitReady(Duration.ofSeconds(120), () -> ManagedProcess.httpOk(management + "/q/health/ready"));
            seedOtherBans(jdbc, postgres.user(), postgres.password());

            String subject = newSubjectKey();
            String id = json(post(base + "/api/measures", Tokens.user("sanne.manager"), "{\"type\":\"entry-ban\","
                    + "\"subjectKey\":\"" + subject + "\",\"site\":\"ams-centrum\",\"duration\":\"P1M\","
                    + "\"reason\":\"Benchmark\",\"entry\":{\"coverage\":\"region\",\"region\":\"north\"}}", 201), "id");
            post(base + "/api/measures/" + id + "/approve", Tokens.user("henk.hq"), null, 200);
            String door = Tokens.client("door-system");
            String hit = base + "/api/bans/check?subjectKey=" + subject + "&site=ams-centrum";
            String miss = base + "/api/bans/check?subjectKey=" + newSubjectKey() + "&site=ams-centrum";
            String ping = base + "/api/bans/ping";
            require(get(hit, door).contains("\"banned\":true"), "the seeded ban is not found");
            require(get(miss, door).contains("\"banned\":false"), "an unknown subject is banned");

            Map<String, String> targets = new LinkedHashMap<>();
            targets.put("GET /api/bans/check (banned)", hit);
            targets.put("GET /api/bans/check (not banned)", miss);
            targets.put("GET /api/bans/ping (constant)", ping);
            for (String url : targets.values()) {
                wrk(url, door, Math.max(3, seconds / 3), connections); // warm-up: JIT, connection pools
            }
            // Two rounds in opposite order, so that neither warm-up nor order favours an endpoint.
            List<Map.Entry<String, String>> runs = new ArrayList<>(targets.entrySet());
            List<Map.Entry<String, String>> reversed = new ArrayList<>(runs);
            Collections.reverse(reversed);
            runs.addAll(reversed);
            List<String> rows = new ArrayList<>();
            for (Map.Entry<String, String> target : runs) {
                String uri = URI.create(target.getValue()).getPath();
                double[] before = serverTime(management, uri);
                String wrk = wrk(target.getValue(), door, seconds, connections);
                double[] after = serverTime(management, uri);
                double meanMicros = (after[0] - before[0]) / Math.max(1, after[1] - before[1]) * 1_000_000;
                rows.add(String.format("%-34s %s %14.0f", target.getKey(), summary(wrk), meanMicros));
            }
            System.out.printf("%nBan check benchmark: wrk -t2 -c%d -d%ds per run on 127.0.0.1, two rounds in opposite "
                    + "order, %d bans indexed, %d cores%n",
                    connections, seconds, SEEDED_BANS + 1, Runtime.getRuntime().availableProcessors());
            System.out.printf("%-34s %12s %10s %10s %14s%n", "endpoint", "requests/s", "p50", "p99",
                    "server mean µs");
            rows.forEach(System.out::println);
            System.out.printf("%nIndex lookup alone (in this JVM, %d bans, one thread): %.0f ns per check%n",
                    SEEDED_BANS + 1, indexLookupNanos(subject));
        } finally {
            service.stop();
        }
        System.exit(0);
    }

    /** Sum (seconds) and count of the server's own timing of one endpoint, from its Prometheus metrics. */
    private static double[] serverTime(String management, String uri) throws IOException, InterruptedException {
        double sum = 0;
        double count = 0;
        for (String line : get(management + "/q/metrics", null).split("\n")) {
            if (line.contains("uri=\"" + uri + "\"") && line.contains("status=\"200\"")) {
                double value = Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
                if (line.startsWith("http_server_requests_seconds_sum{")) {
                    sum += value;
                } else if (line.startsWith("http_server_requests_seconds_count{")) {
                    count += value;
                }
            }
        }
        return new double[]{sum, count};
    }

    /** The in-memory index without HTTP, security or JSON: what the check itself costs. */
    private static double indexLookupNanos(String bannedSubject) {
        BanIndex index = new BanIndex();
        Instant now = Instant.now();
        List<SubjectKey> subjects = new ArrayList<>();
        for (int i = 0; i < SEEDED_BANS; i++) {
            SubjectKey subject = new SubjectKey(newSubjectKey());
            subjects.add(subject);
            index.apply(new BanEntry(UUID.randomUUID(), 0, subject.value(), MeasureType.ENTRY_BAN,
                    EntryBanTerms.sites(Set.of("utr-centraal")), now.minusSeconds(60),
                    now.plus(Duration.ofDays(30)), true));
        }
        index.apply(new BanEntry(UUID.randomUUID(), 0, bannedSubject, MeasureType.ENTRY_BAN,
                EntryBanTerms.region("north"), now.minusSeconds(60), now.plus(Duration.ofDays(30)), true));
        subjects.add(new SubjectKey(bannedSubject));
        for (int i = 0; i < 1000; i++) {
            subjects.add(new SubjectKey(newSubjectKey()));
        }
        int hits = 0;
        long rounds = 3_000_000;
        long start = 0;
        for (long i = 0; i < 2 * rounds; i++) {
            if (i == rounds) {
                start = System.nanoTime(); // the first half warms the JIT up
            }
            SubjectKey subject = subjects.get((int) (i % subjects.size()));
            if (index.find(new BanQuery(subject, "ams-centrum", "north", Channel.IN_PERSON, null, null, now))
                    .isPresent()) {
                hits++;
            }
        }
        require(hits > 0, "the index found no ban");
        return (System.nanoTime() - start) / (double) rounds;
    }

    /** Bans of other customers, written as another replica would and announced by NOTIFY. */
    private static void seedOtherBans(String jdbc, String user, String password) throws SQLException {
        try (Connection c = DriverManager.getConnection(jdbc, user, password)) {
            c.setAutoCommit(false);
            List<String> subjects = new ArrayList<>();
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO measure (id, version, type, status, "
                    + "subject_key, site_id, entry_coverage, entry_site_ids, rule, rule_explanation, history, "
                    + "police_report_recommended, proposed_by, proposed_at, approved_by, approved_at, starts_at, until) "
                    + "VALUES (?, 0, 'ENTRY_BAN', 'ACTIVE', ?, 'utr-centraal', 'SITES', ARRAY['utr-centraal'], 'manual', "
                    + "'benchmark seed', '[]'::jsonb, false, 'bram.manager', ?, 'henk.hq', ?, ?, ?)")) {
                Timestamp now = Timestamp.from(Instant.now());
                for (int i = 0; i < SEEDED_BANS; i++) {
                    String subject = newSubjectKey();
                    subjects.add(subject);
                    insert.setObject(1, UUID.randomUUID());
                    insert.setString(2, subject);
                    insert.setTimestamp(3, now);
                    insert.setTimestamp(4, now);
                    insert.setTimestamp(5, now);
                    insert.setTimestamp(6, Timestamp.from(Instant.now().plus(Duration.ofDays(30))));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            try (PreparedStatement notify = c.prepareStatement("SELECT pg_notify('frontline_bans', ?)")) {
                for (String subject : subjects) {
                    notify.setString(1, subject);
                    notify.execute();
                }
            }
            c.commit();
        }
    }

    private static String wrk(String url, String token, int seconds, int connections)
            throws IOException, InterruptedException {
        Process wrk = new ProcessBuilder("wrk", "-t2", "-c" + connections, "-d" + seconds + "s", "--timeout", "5s",
                "--latency", "-H", "Authorization: Bearer " + token, url).redirectErrorStream(true).start();
        if (!wrk.waitFor(seconds + 30L, TimeUnit.SECONDS)) {
            wrk.destroyForcibly();
            throw new IllegalStateException("wrk did not finish");
        }
        String out = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (out.contains("Non-2xx")) {
            throw new IllegalStateException("wrk saw errors:\n" + out);
        }
        return out;
    }

    /** requests/s, p50 and p99 from wrk's --latency output. */
    static String summary(String wrk) {
        return String.format("%12s %10s %10s", find(wrk, "Requests/sec:\\s+([0-9.]+)"),
                find(wrk, "\\n\\s+50%\\s+(\\S+)"), find(wrk, "\\n\\s+99%\\s+(\\S+)"));
    }

    private static String find(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("no " + regex + " in wrk output:\n" + text);
        }
        return m.group(1);
    }

    private static String newSubjectKey() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return "sk1_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String get(String url, String token) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private static String post(String url, String token, String body, int expected)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token);
        if (body == null) {
            request.POST(HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        require(response.statusCode() == expected, url + " answered " + response.statusCode() + ": " + response.body());
        return response.body();
    }

    private static String json(String body, String field) {
        return find(body, "\"" + field + "\":\"([^\"]+)\"");
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalStateException(message);
        }
    }
}
