package io.frontline.notification.bench;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.frontline.notification.Events;
import io.frontline.platform.events.incident.IncidentEventTypes;
import io.frontline.platform.testing.infra.FreePort;
import io.frontline.platform.testing.infra.KafkaServer;
import io.frontline.platform.testing.infra.KeycloakServer;
import io.frontline.platform.testing.infra.ManagedProcess;
import io.frontline.platform.testing.infra.PostgresServer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Issue 15's delivery figures against a packaged notification-service and a real SMTP server (GreenMail, in this
 * JVM; a mail counts when the service's send returned, i.e. the server accepted it): how many routine mails a second it sends from a backlog of {@value #BACKLOG} pending deliveries, and how
 * long a critical event takes from its topic to its first mail accepted by SMTP while that backlog is pending
 * ({@value #CRITICALS} events, one a second). Starts what it needs (the platform's test PostgreSQL, an in-JVM
 * Kafka broker, Keycloak) on loopback. Run by {@code bench/notification-deliveries.sh}; not part of the build's tests.
 */
public final class DeliveryBench {
    static final int BACKLOG = 10_000;
    static final int CRITICALS = 20;
    private static final List<String> PEOPLE = List.of("sanne.manager", "bram.manager", "fleur.manager",
            "noor.regional", "thijs.regional", "chris.handler", "yara.handler");
    private static final List<String> SITES = List.of("ams-centrum", "utr-centraal", "ein-centrum");

    private DeliveryBench() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        int throughputSeconds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        Path jar = root.resolve("notification-service/target/quarkus-app/quarkus-run.jar");
        Path work = Files.createDirectories(root.resolve("notification-service/target/bench"));

        int smtpPort = FreePort.find();
        GreenMail smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        // The mail server's own floor: what a plain SMTP client gets from it on this machine, before the service runs.
        Floor floor = smtpFloor(smtpPort, FLOOR_MAILS, FLOOR_CONNECTIONS);
        smtp.purgeEmailFromAllMailboxes();

        PostgresServer postgres = PostgresServer.shared();
        String jdbc = postgres.createDatabase("bench_notification");
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
        env.put("QUARKUS_MAILER_HOST", "127.0.0.1");
        env.put("QUARKUS_MAILER_PORT", String.valueOf(smtpPort));
        env.put("QUARKUS_MAILER_FROM", "frontline@demo-retail.example");
        env.put("FRONTLINE_ORGANISATION_FILE", root.resolve("deploy/local/organisation.yaml").toString());
        env.put("FRONTLINE_NOTIFICATION_DIRECTORY_FILE", root.resolve("deploy/local/directory.yaml").toString());
        env.put("FRONTLINE_SUBJECT_KEY_SECRET", "bench-subject-key-secret-0123456789abcdef");
        env.put("FRONTLINE_NOTIFICATION_LINK_SECRET", "bench-link-secret-0123456789abcdef");
        env.put("FRONTLINE_NOTIFICATION_WEBHOOK_SECRET", "bench-webhook-secret");
        List<String> command = new ArrayList<>(List.of(ManagedProcess.java(), "-Xmx512m", "-Dvertx.disableDnsResolver=true"));
        String recording = System.getProperty("frontline.bench.jfr");
        if (recording != null && !recording.isBlank()) {
            // Where the service's time goes: a flight recording of the whole run, read with `jfr print` or JMC.
            command.add("-XX:StartFlightRecording=settings=profile,filename=" + recording);
        }
        command.addAll(List.of("-jar", jar.toString()));
        ManagedProcess service = new ManagedProcess("notification-service", command, env,
                work.resolve("notification-service.log"));
        try {
            service.start().awaitReady(Duration.ofSeconds(180), () -> ManagedProcess.httpOk(management + "/q/health/ready"));
            Database db = new Database(jdbc, postgres.user(), postgres.password());
            // Routing needs the consumers' partitions: one event first, and its mail, before anything is measured.
            Events.Event warmUp = critical("ams-centrum");
            mailAccepted(db, warmUp, Duration.ofSeconds(60));

            // Notification's share of figures 2 and 3 (issue 15), before the backlog: from an event's record time on
            // its topic to the in-app entry's created_at.
            List<Long> alerts = liveAlertsToInbox(kafka, db);
            List<Long> reports = reportsToInbox(kafka, db);

            seedBacklog(db);
            Instant seeded = Instant.now();

            List<Long> latencies = new ArrayList<>();
            for (int i = 0; i < CRITICALS; i++) {
                Thread.sleep(1000);
                Instant beforePublish = Instant.now();
                Events.Event event = critical(SITES.get(i % SITES.size()));
                Instant onTopic = Instant.now();
                // From the moment the broker acknowledged the record (an upper bound: it was on the topic earlier).
                latencies.add(Duration.between(onTopic, mailAccepted(db, event, Duration.ofSeconds(60))).toMillis());
                require(!onTopic.isBefore(beforePublish), "clock went backwards");
            }
            long pendingAfterCriticals = db.count(PENDING_ROUTINE);

            // Sustained rate: routine mails accepted over a window while the backlog is still being sent.
            long before = db.count(SENT_ROUTINE);
            Instant start = Instant.now();
            Thread.sleep(throughputSeconds * 1000L);
            long after = db.count(SENT_ROUTINE);
            double perSecond = (after - before) / (Duration.between(start, Instant.now()).toMillis() / 1000.0);
            long pendingAtEnd = db.count(PENDING_ROUTINE);
            double sinceSeed = after / (Duration.between(seeded, Instant.now()).toMillis() / 1000.0);
            Stalls stalls = stalls(db);
            int received = smtp.getReceivedMessages().length;

            List<Long> sorted = latencies.stream().sorted().toList();
            System.out.printf("%nNotification delivery benchmark: %d routine deliveries pending at the start, %d cores, "
                    + "GreenMail on 127.0.0.1%n", BACKLOG, Runtime.getRuntime().availableProcessors());
            System.out.printf("critical event on its topic -> first mail accepted by SMTP (%d events, one a second, "
                    + "backlog pending: %d still pending after the last):%n", CRITICALS, pendingAfterCriticals);
            System.out.printf("  p50 %d ms   p99 %d ms   max %d ms   (goal: p99 < 2000 ms)%n",
                    percentile(sorted, 50), percentile(sorted, 99), sorted.get(sorted.size() - 1));
            System.out.printf("  all: %s%n", latencies);
            System.out.printf("live alert on its topic -> floor supervisor's in-app entry (%d, one every 300 ms, no backlog): "
                    + "%s (goal: the whole chain within 1 s)%n  all: %s%n  each, on topic -> taken up by the consumer + "
                    + "routing to the entry: %s%n", alerts.size(), summary(alerts), alerts, ALERT_STEPS);
            System.out.printf("incident reported on its topic -> site manager's in-app entry (%d at %d/s, no backlog): %s%n",
                    reports.size(), REPORTS_PER_SECOND, summary(reports));
            System.out.printf("the mail server's own floor: a plain SMTP client, %d connections kept open, %d mails of "
                    + "%d bytes: %.0f/s (%.1f ms per mail and connection)%n", FLOOR_CONNECTIONS, floor.mails(),
                    FLOOR_BODY.length(), floor.perSecond(), floor.millisPerMail());
            System.out.printf("routine mails accepted by SMTP: %.1f/s over %d s (%.1f/s since the backlog was seeded); "
                    + "%d still pending (goal: >= 50/s)%n", perSecond, throughputSeconds, sinceSeed, pendingAtEnd);
            System.out.printf("sends that failed and were retried (e.g. stalled until the 10 s timeout): %d; "
                    + "with errors: %s%n", stalls.retried(), stalls.errors());
            System.out.printf("mails GreenMail holds at the end: %d (routine sent per the service: %d)%n", received, after);
        } finally {
            service.stop();
            smtp.stop();
        }
        System.exit(0);
    }

    static final List<String> ALERT_STEPS = new ArrayList<>();
    static final int REPORTS_PER_SECOND = 50;
    static final int REPORT_SECONDS = 8;

    private static String summary(List<Long> millis) {
        List<Long> sorted = millis.stream().sorted().toList();
        return String.format("p50 %d ms, p99 %d ms, max %d ms", percentile(sorted, 50), percentile(sorted, 99),
                sorted.get(sorted.size() - 1));
    }

    private static org.apache.kafka.clients.producer.KafkaProducer<String, String> producer(String kafka) {
        return new org.apache.kafka.clients.producer.KafkaProducer<>(Map.of(
                org.apache.kafka.clients.producer.ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka,
                org.apache.kafka.clients.producer.ProducerConfig.ACKS_CONFIG, "all"),
                new org.apache.kafka.common.serialization.StringSerializer(),
                new org.apache.kafka.common.serialization.StringSerializer());
    }

    /** 20 live alerts at cc-rotterdam, one after another (300 ms apart): record time -> the supervisor's in-app entry. */
    private static List<Long> liveAlertsToInbox(String kafka, Database db) throws Exception {
        List<Long> latencies = new ArrayList<>();
        try (var producer = producer(kafka)) {
            for (int i = -1; i < CRITICALS; i++) { // the first warms up and is not counted
                String callId = "bench-call-" + UUID.randomUUID().toString().substring(0, 8);
                Events.Event alert = Events.of(IncidentEventTypes.LIVE_ALERT_V1, d -> d.put("siteId", "cc-rotterdam")
                        .put("callId", callId).put("suggestedIncidentId", UUID.randomUUID().toString()));
                var sent = producer.send(new org.apache.kafka.clients.producer.ProducerRecord<>(alert.topic(), callId,
                        alert.json())).get();
                Instant entry = db.awaitEntry(callId, Duration.ofSeconds(30));
                if (i >= 0) {
                    Instant onTopic = Instant.ofEpochMilli(sent.timestamp());
                    latencies.add(Duration.between(onTopic, entry).toMillis());
                    // Where it waited: before the consumer took it up (its inbox row's time), or in the routing.
                    Instant taken = db.processedAt(alert.eventId());
                    ALERT_STEPS.add(Duration.between(onTopic, taken).toMillis() + "+"
                            + Duration.between(taken, entry).toMillis());
                }
                Thread.sleep(300);
            }
        }
        return latencies;
    }

    /** Reported incidents at ams-centrum at 50 a second for 8 s (open loop): record time -> the site manager's entry. */
    private static List<Long> reportsToInbox(String kafka, Database db) throws Exception {
        Map<String, Long> onTopic = new java.util.concurrent.ConcurrentHashMap<>();
        int total = REPORTS_PER_SECOND * REPORT_SECONDS;
        try (var producer = producer(kafka)) {
            long start = System.nanoTime();
            for (int i = 0; i < total; i++) {
                long wait = start + i * 1_000_000_000L / REPORTS_PER_SECOND - System.nanoTime();
                if (wait > 0) {
                    java.util.concurrent.TimeUnit.NANOSECONDS.sleep(wait);
                }
                String reference = String.format("INC-2026-9%05d", i);
                String incidentId = UUID.randomUUID().toString();
                Events.Event report = Events.of(IncidentEventTypes.REPORTED_V1, d -> d.put("siteId", "ams-centrum")
                        .put("incidentId", incidentId).put("reference", reference).put("severity", "medium"));
                producer.send(new org.apache.kafka.clients.producer.ProducerRecord<>(report.topic(), incidentId,
                        report.json()), (metadata, e) -> {
                    if (e == null) {
                        onTopic.put(reference, metadata.timestamp());
                    }
                });
            }
            producer.flush();
        }
        List<Long> latencies = new ArrayList<>();
        Instant deadline = Instant.now().plusSeconds(60);
        Map<String, Instant> entries = Map.of();
        while (Instant.now().isBefore(deadline)) {
            entries = db.entriesOf("sanne.manager", "INC-2026-9%");
            if (entries.size() >= onTopic.size()) {
                break;
            }
            Thread.sleep(250);
        }
        require(entries.size() >= onTopic.size(), "only " + entries.size() + " of " + onTopic.size() + " entries");
        entries.forEach((reference, at) -> latencies.add(Duration.between(Instant.ofEpochMilli(onTopic.get(reference)),
                at).toMillis()));
        return latencies;
    }

    static final int FLOOR_MAILS = 2_000;
    static final int FLOOR_CONNECTIONS = 8;
    /** About the size of a notice as the service sends it: a text and an HTML part. */
    static final String FLOOR_BODY = floorBody();

    record Floor(int mails, double perSecond, double millisPerMail) {
    }

    private static String floorBody() {
        StringBuilder body = new StringBuilder("Subject: New complaint CMP-2026-000001 at Amsterdam Centrum\r\n"
                + "MIME-Version: 1.0\r\nContent-Type: multipart/alternative; boundary=\"b\"\r\n\r\n--b\r\n"
                + "Content-Type: text/plain; charset=UTF-8\r\n\r\n");
        body.append("A new complaint was received at Amsterdam Centrum. Open it in Frontline.\r\n".repeat(6));
        body.append("--b\r\nContent-Type: text/html; charset=UTF-8\r\n\r\n");
        body.append("<p>A new complaint was received at <strong>Amsterdam Centrum</strong>. Open it.</p>\r\n".repeat(9));
        return body.append("--b--\r\n").toString();
    }

    /**
     * A plain SMTP client (a socket per connection, kept open, one mail after another: MAIL, RCPT, DATA) on a few
     * threads: how many mails a second the server accepts without the service, the floor the service is held to.
     */
    private static Floor smtpFloor(int port, int mails, int connections) throws Exception {
        java.util.concurrent.atomic.AtomicInteger left = new java.util.concurrent.atomic.AtomicInteger(mails);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(connections);
        List<java.util.concurrent.Future<Integer>> done = new ArrayList<>();
        long start = System.nanoTime();
        for (int c = 0; c < connections; c++) {
            done.add(pool.submit(() -> {
                int sent = 0;
                try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
                    socket.setTcpNoDelay(true);
                    var in = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
                            java.nio.charset.StandardCharsets.US_ASCII));
                    var out = new java.io.BufferedOutputStream(socket.getOutputStream());
                    reply(in, "220");
                    command(out, in, "EHLO bench", "250");
                    while (left.getAndDecrement() > 0) {
                        command(out, in, "MAIL FROM:<frontline@demo-retail.example>", "250");
                        command(out, in, "RCPT TO:<person" + (sent % 7) + "@demo-retail.example>", "250");
                        command(out, in, "DATA", "354");
                        out.write(FLOOR_BODY.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                        command(out, in, ".", "250");
                        sent++;
                    }
                    command(out, in, "QUIT", "221");
                }
                return sent;
            }));
        }
        int sent = 0;
        for (var f : done) {
            sent += f.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        return new Floor(sent, sent / seconds, seconds * 1000.0 * connections / sent);
    }

    private static void command(java.io.OutputStream out, java.io.BufferedReader in, String line, String expected)
            throws java.io.IOException {
        out.write((line + "\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        out.flush();
        reply(in, expected);
    }

    private static void reply(java.io.BufferedReader in, String expected) throws java.io.IOException {
        String line;
        do {
            line = in.readLine();
            if (line == null || !line.startsWith(expected)) {
                throw new IllegalStateException("SMTP: expected " + expected + ", got " + line);
            }
        } while (line.length() > 3 && line.charAt(3) == '-');
    }

    private static Events.Event critical(String site) {
        return Events.of(IncidentEventTypes.REPORTED_V1, d -> d.put("siteId", site)
                .put("incidentId", UUID.randomUUID().toString()).put("reference", Events.reference("INC"))
                .put("severity", "critical")).publish();
    }

    private static final String PENDING_ROUTINE = "SELECT count(*) FROM delivery WHERE status IN ('PENDING', 'RETRYING') "
            + "AND severity IN ('LOW', 'MEDIUM')";
    private static final String SENT_ROUTINE = "SELECT count(*) FROM delivery WHERE status = 'SENT' AND channel = 'EMAIL' "
            + "AND severity IN ('LOW', 'MEDIUM')";

    /**
     * When the event's first mail was accepted by the SMTP server: the service marks a delivery sent right after
     * the mailer's send returned, i.e. after the server answered 250 to the message (its own clock, this machine).
     */
    private static Instant mailAccepted(Database db, Events.Event event, Duration timeout) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            Instant at = db.firstSent(event.eventId());
            if (at != null) {
                return at;
            }
            Thread.sleep(5);
        }
        throw new IllegalStateException("no mail for event " + event.eventId() + " within " + timeout);
    }

    record Database(String jdbc, String user, String password) {
        Connection connect() throws SQLException {
            return DriverManager.getConnection(jdbc, user, password);
        }

        long count(String sql) throws SQLException {
            try (Connection c = connect(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
                r.next();
                return r.getLong(1);
            }
        }

        Instant awaitEntry(String reference, Duration timeout) throws Exception {
            Instant deadline = Instant.now().plus(timeout);
            while (Instant.now().isBefore(deadline)) {
                try (Connection c = connect(); PreparedStatement s = c.prepareStatement(
                        "SELECT min(created_at) FROM inbox_entry WHERE reference = ?")) {
                    s.setString(1, reference);
                    try (ResultSet r = s.executeQuery()) {
                        if (r.next() && r.getTimestamp(1) != null) {
                            return r.getTimestamp(1).toInstant();
                        }
                    }
                }
                Thread.sleep(5);
            }
            throw new IllegalStateException("no in-app entry for " + reference + " within " + timeout);
        }

        Instant processedAt(UUID eventId) throws SQLException {
            try (Connection c = connect(); PreparedStatement s = c.prepareStatement(
                    "SELECT min(processed_at) FROM frontline_processed_event WHERE event_id = ?")) {
                s.setObject(1, eventId);
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    return r.getTimestamp(1).toInstant();
                }
            }
        }

        Map<String, Instant> entriesOf(String recipient, String referencePattern) throws SQLException {
            Map<String, Instant> found = new LinkedHashMap<>();
            try (Connection c = connect(); PreparedStatement s = c.prepareStatement("SELECT reference, min(created_at) "
                    + "FROM inbox_entry WHERE recipient_id = ? AND reference LIKE ? GROUP BY reference")) {
                s.setString(1, recipient);
                s.setString(2, referencePattern);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        found.put(r.getString(1), r.getTimestamp(2).toInstant());
                    }
                }
            }
            return found;
        }

        Instant firstSent(UUID eventId) throws SQLException {
            try (Connection c = connect(); PreparedStatement s = c.prepareStatement("SELECT min(sent_at) FROM delivery "
                    + "WHERE event_id = ? AND channel = 'EMAIL' AND status = 'SENT'")) {
                s.setObject(1, eventId);
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    Timestamp at = r.getTimestamp(1);
                    return at == null ? null : at.toInstant();
                }
            }
        }
    }

    private static void require(boolean condition, String what) {
        if (!condition) {
            throw new IllegalStateException(what);
        }
    }

    /** Routine deliveries as routing writes them (medium new-complaint notices to the chain's people), all due now. */
    private static void seedBacklog(Database db) throws SQLException {
        try (Connection c = db.connect()) {
            c.setAutoCommit(false);
            try (PreparedStatement insert = c.prepareStatement("""
                    INSERT INTO delivery (id, delivery_key, event_id, event_type, recipient_id, channel, severity, status,
                                          attempts, next_attempt_at, created_at, notice)
                    VALUES (?, ?, ?, 'frontline.complaint.received.v1', ?, 'EMAIL', 'MEDIUM', 'PENDING', 0, ?, ?, ?)""")) {
                Instant now = Instant.now();
                for (int i = 0; i < BACKLOG; i++) {
                    UUID eventId = UUID.randomUUID();
                    String site = SITES.get(i % SITES.size());
                    String notice = String.format("{\"deliveryKey\":\"%s\",\"eventId\":\"%s\",\"eventType\":"
                            + "\"frontline.complaint.received.v1\",\"severity\":\"MEDIUM\",\"siteId\":\"%s\","
                            + "\"reference\":\"CMP-2026-%06d\",\"occurredAt\":\"%s\",\"facts\":{},\"audience\":\"STAFF\"}",
                            eventId, eventId, site, i, now);
                    insert.setObject(1, UUID.randomUUID());
                    insert.setString(2, eventId.toString());
                    insert.setObject(3, eventId);
                    insert.setString(4, PEOPLE.get(i % PEOPLE.size()));
                    insert.setTimestamp(5, Timestamp.from(now.plusMillis(i)));
                    insert.setTimestamp(6, Timestamp.from(now));
                    insert.setString(7, notice);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            c.commit();
        }
    }

    record Stalls(long retried, Map<String, Long> errors) {
    }

    private static Stalls stalls(Database db) throws SQLException {
        Map<String, Long> errors = new LinkedHashMap<>();
        long retried = 0;
        try (Connection c = db.connect(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT coalesce(left(last_error, 240), 'none'), count(*) FROM delivery "
                     + "WHERE attempts > 1 OR last_error IS NOT NULL GROUP BY 1")) {
            while (r.next()) {
                errors.put(r.getString(1), r.getLong(2));
                retried += r.getLong(2);
            }
        }
        return new Stalls(retried, errors);
    }

    private static long percentile(List<Long> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }
}
