package io.frontline.localstack;

import io.frontline.platform.events.Topics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

/**
 * The whole system on one machine: PostgreSQL (a database and a user per service), a Kafka broker,
 * Keycloak with the demo realm, an SMTP server whose mails can be read, and the five services — each
 * its own detached process with its data and log in one folder. {@code bin/frontline} and the
 * end-to-end tests start it through this class alike.
 */
public final class LocalStack {
    public static final List<String> DATABASES = List.of("complaint", "incident", "sanction", "notification",
            "prevention");
    public static final int PARTITIONS = 3;
    /** The JBoss log manager is on the class path (it comes with the platform): it must also manage java.util.logging. */
    private static final String JUL = "-Djava.util.logging.manager=org.jboss.logmanager.LogManager";

    private final StackSettings settings;
    private final PrintStream out;
    private final String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    public LocalStack(StackSettings settings, PrintStream out) {
        this.settings = settings;
        this.out = out;
    }

    public StackSettings settings() {
        return settings;
    }

    /** Starts what is not running yet and waits until every part is ready. */
    public void up() {
        long begin = System.nanoTime();
        settings.save();
        createFolders();
        List<Step> steps = steps();
        stopLeftovers(steps);
        checkPorts(steps);
        int total = steps.size();
        // The servers start side by side; the services need them, so they follow.
        List<Step> servers = steps.subList(0, 4);
        List<Step> services = steps.subList(4, steps.size());
        servers.forEach(Step::startIfNeeded);
        for (int i = 0; i < servers.size(); i++) {
            servers.get(i).awaitAndReport(i + 1, total);
        }
        services.forEach(Step::startIfNeeded);
        for (int i = 0; i < services.size(); i++) {
            services.get(i).awaitAndReport(servers.size() + i + 1, total);
        }
        out.printf("%nFrontline is ready (%d s). Data and logs: %s%n", seconds(begin), settings.home());
        printSummary();
    }

    /** Stops every part this folder's pid files name, services first; true if any ran. */
    public boolean down() {
        List<Step> steps = steps();
        // The services first and side by side (nothing depends on them), then the servers in reverse order.
        List<java.util.concurrent.CompletableFuture<String>> services = steps.subList(4, steps.size()).stream()
                .map(step -> java.util.concurrent.CompletableFuture.supplyAsync(() -> stopOne(step))).toList();
        List<String> stopped = new ArrayList<>();
        services.forEach(s -> stopped.add(s.join()));
        for (int i = 3; i >= 0; i--) {
            stopped.add(stopOne(steps.get(i)));
        }
        stopped.stream().filter(java.util.Objects::nonNull).forEach(out::println);
        boolean any = stopped.stream().anyMatch(java.util.Objects::nonNull);
        // A PostgreSQL server whose keeper was killed outright would stay behind: its own pid file names it.
        postmasterLeftBehind().ifPresent(postmaster -> {
            DetachedProcess.terminate(postmaster);
            out.println("  PostgreSQL server left behind by its keeper: stopped");
        });
        List<ProcessHandle> left = processesOfThisStack();
        if (!left.isEmpty()) {
            out.println("  still running, stopping: " + left.stream().map(p -> String.valueOf(p.pid())).toList());
            left.forEach(DetachedProcess::terminate);
        }
        return any;
    }

    /** Stops one part, e.g. {@code "kafka"} for a broker outage; true if it ran. */
    public boolean stop(String part) {
        return part(part).process.stop();
    }

    /** Starts one part again and waits until it is ready. */
    public void start(String part) {
        Step step = part(part);
        step.startIfNeeded();
        step.awaitAndReport(1, 1);
    }

    private Step part(String name) {
        return steps().stream().filter(s -> s.process != null && s.process.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no part " + name + " of this stack runs here"));
    }

    private String stopOne(Step step) {
        long begin = System.nanoTime();
        if (step.process != null && step.process.stop()) {
            return String.format("  %-22s stopped in %d s", step.title, seconds(begin));
        }
        return null;
    }

    /** One line per part: running or not, and whether it answers. */
    public List<String> status() {
        List<String> lines = new ArrayList<>();
        for (Step step : steps()) {
            String state;
            if (step.process == null) {
                state = "external (" + step.where + ")";
            } else {
                Optional<ProcessHandle> running = step.process.running();
                state = running.map(p -> "running (pid " + p.pid() + ")").orElse("stopped");
            }
            String health = step.ready.getAsBoolean() ? "ready" : "not answering";
            lines.add(String.format("%-22s %-26s %-14s %s", step.title, state, health, step.where));
        }
        return lines;
    }

    /** True while any part of this folder runs. */
    public boolean anyRunning() {
        return steps().stream().anyMatch(s -> s.process != null && s.process.running().isPresent())
                || !processesOfThisStack().isEmpty();
    }

    /** Wipes the data folder; refuses while the stack runs. */
    public void reset() {
        if (anyRunning()) {
            throw new IllegalStateException("the stack is running: run `bin/frontline down` first");
        }
        Path home = settings.home();
        if (!Files.exists(home)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(home)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not wipe " + home, e);
        }
    }

    /**
     * Every process that carries this data folder on its command line: the keepers, the broker,
     * Keycloak, PostgreSQL and the services (which are given it as a marker property).
     */
    public List<ProcessHandle> processesOfThisStack() {
        String marker = settings.home().toString();
        long self = ProcessHandle.current().pid();
        return ProcessHandle.allProcesses()
                .filter(p -> p.pid() != self)
                .filter(p -> p.info().commandLine().map(c -> names(c, marker)).orElse(false))
                .toList();
    }

    /** True if the command line names the folder itself or something in it (not a folder with a longer name). */
    private static boolean names(String commandLine, String folder) {
        return commandLine.contains(folder + "/") || commandLine.contains(folder + " ") || commandLine.endsWith(folder);
    }

    public void printSummary() {
        out.println();
        out.printf("Frontline in the browser  %s  (public pages; staff sign in, e.g. emma.staff / frontline)%n",
                settings.webUrl());
        out.println();
        out.println("Services (API and Swagger UI):");
        for (String service : StackSettings.SERVICES) {
            out.printf("  %-21s %s/q/swagger-ui%n", service, settings.managementUrl(service));
        }
        out.printf("Keycloak admin console  %s/admin/  (admin / admin; realm \"%s\")%n", settings.keycloakUrl(),
                StackSettings.REALM);
        out.printf("Mails received          %s/mails  (JSON)  %s/mails.txt  (text), or bin/frontline mails%n",
                settings.mailReaderUrl(), settings.mailReaderUrl());
        out.printf("PostgreSQL              %s<name> (databases and users %s; password = user name)%n",
                settings.postgresBaseUrl(), String.join(", ", DATABASES));
        out.printf("Kafka                   %s%n", settings.kafkaBootstrap());
        out.println();
        out.println("Demo users (password \"frontline\"): emma.staff (staff, Amsterdam), sanne.manager (site manager,");
        out.println("  Amsterdam), bram.manager (Utrecht), ruben.supervisor (call center Rotterdam), noor.regional,");
        out.println("  henk.hq (HQ safety), hanna.hr, carla.counsellor, chris.handler (complaints Amsterdam and Utrecht),");
        out.println("  yara.handler, ada.admin; clients callcenter-platform, door-system, mail-gateway (secret: id + \"-secret\").");
        out.println("Next: bin/frontline demo   |   bin/frontline status   |   bin/frontline down");
    }

    private void createFolders() {
        try {
            Files.createDirectories(settings.logs());
            // PostgreSQL, started as root, runs as an unprivileged user that must reach its folder.
            Files.setPosixFilePermissions(settings.home(), java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<Step> steps() {
        List<Step> steps = new ArrayList<>();
        Path home = settings.home();
        String classPath = System.getProperty("java.class.path");
        String marker = "-Dfrontline.stack.home=" + home;

        steps.add(new Step("PostgreSQL", settings.externalPostgres() ? null : new DetachedProcess(home, "postgres"),
                settings.postgresBaseUrl(), settings.port("postgres"),
                () -> List.of(javaBin, "-Xmx256m", marker, JUL, "-cp", classPath, PostgresKeeper.class.getName(),
                        home.resolve("postgres").toString(), String.valueOf(settings.port("postgres"))),
                Map.of(), this::postgresAnswers, this::createDatabases, Duration.ofSeconds(120)));

        steps.add(new Step("Kafka", settings.externalKafka() ? null : new DetachedProcess(home, "kafka"),
                settings.kafkaBootstrap(), settings.port("kafka"), this::kafkaCommand, Map.of(),
                this::kafkaAnswers, this::createTopics, Duration.ofSeconds(120)));

        steps.add(new Step("Keycloak", settings.externalKeycloak() ? null : new DetachedProcess(home, "keycloak"),
                settings.keycloakUrl(), settings.port("keycloak"), this::keycloakCommand,
                Map.of("JAVA_OPTS_APPEND", "-Xms256m -Xmx768m -XX:TieredStopAtLevel=1 " + marker,
                        "KC_BOOTSTRAP_ADMIN_USERNAME", "admin", "KC_BOOTSTRAP_ADMIN_PASSWORD", "admin"),
                () -> httpOk(settings.realmUrl() + "/.well-known/openid-configuration"), null, Duration.ofSeconds(240)));

        steps.add(new Step("Mail (SMTP + reader)", new DetachedProcess(home, "mail"), settings.mailReaderUrl() + "/mails",
                settings.port("smtp"),
                () -> List.of(javaBin, "-Xmx128m", marker, JUL, "-cp", classPath, MailKeeper.class.getName(),
                        String.valueOf(settings.port("smtp")), String.valueOf(settings.port("mail-reader"))),
                Map.of(), () -> httpOk(settings.mailReaderUrl() + "/mails"), null, Duration.ofSeconds(60)));

        for (String service : StackSettings.SERVICES) {
            Path jar = settings.root().resolve(service).resolve("target/quarkus-app/quarkus-run.jar");
            steps.add(new Step(service, new DetachedProcess(home, service), settings.serviceUrl(service),
                    settings.port(service),
                    () -> {
                        if (!Files.exists(jar)) {
                            throw new IllegalStateException(jar + " is missing: build first (bin/frontline up does)");
                        }
                        // The JDK's resolver (hosts file, then DNS) for Vert.x's clients too, like every other client
                        // of the service: no second resolver with its own cache and timeouts.
                        return List.of(javaBin, "-Xmx384m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                                "-Dvertx.disableDnsResolver=true", marker,
                                "-jar", jar.toString());
                    },
                    settings.serviceEnvironment(service),
                    () -> httpOk(settings.managementUrl(service) + "/q/health/ready"), null, Duration.ofSeconds(180)));
        }

        Path webJar = settings.root().resolve("web/target/quarkus-app/quarkus-run.jar");
        steps.add(new Step("web", new DetachedProcess(home, StackSettings.WEB), settings.webUrl(),
                settings.port(StackSettings.WEB),
                () -> {
                    if (!Files.exists(webJar)) {
                        throw new IllegalStateException(webJar + " is missing: build first (bin/frontline up does)");
                    }
                    return List.of(javaBin, "-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                            "-Dvertx.disableDnsResolver=true", marker, "-jar", webJar.toString());
                },
                settings.webEnvironment(),
                () -> httpOk(settings.webUrl() + "/q/health/ready"), null, Duration.ofSeconds(180)));
        return steps;
    }

    /**
     * A part whose keeper died (killed, or the machine's OOM killer) can leave its server running, holding the
     * part's port: every process of this stack that no running keeper accounts for is such a leftover, and is
     * stopped, so {@code up} recovers instead of refusing because the port is in use.
     */
    private void stopLeftovers(List<Step> steps) {
        java.util.Set<Long> accounted = new java.util.HashSet<>();
        for (Step step : steps) {
            if (step.process != null) {
                step.process.running().ifPresent(keeper -> {
                    accounted.add(keeper.pid());
                    keeper.descendants().forEach(child -> accounted.add(child.pid()));
                });
            }
        }
        ProcessHandle.current().parent().ifPresent(parent -> accounted.add(parent.pid()));
        List<ProcessHandle> leftovers = new ArrayList<>(processesOfThisStack().stream()
                .filter(p -> !accounted.contains(p.pid())).toList());
        postmasterLeftBehind().filter(p -> !accounted.contains(p.pid()))
                .filter(p -> leftovers.stream().noneMatch(l -> l.pid() == p.pid())).ifPresent(leftovers::add);
        if (!leftovers.isEmpty()) {
            out.println("Left behind by a keeper that died, stopping: " + leftovers.stream()
                    .map(p -> p.pid() + " " + p.info().command().map(c -> Path.of(c).getFileName().toString())
                            .orElse("?")).toList());
            leftovers.forEach(DetachedProcess::terminate);
        }
    }

    private void checkPorts(List<Step> steps) {
        for (Step step : steps) {
            if (step.process == null || step.process.running().isPresent()) {
                continue;
            }
            List<Integer> ports = new ArrayList<>(List.of(step.port));
            if (step.title.equals("Kafka")) {
                ports.add(settings.port("kafka-controller"));
            }
            if (step.title.startsWith("Mail")) {
                ports.add(settings.port("mail-reader"));
            }
            for (int port : ports) {
                if (!free(port)) {
                    throw new IllegalStateException("port " + port + " for " + step.title + " is in use: another program "
                            + "(or another stack) has it. Choose other ports with FRONTLINE_PORT_BASE (e.g. 20000) or "
                            + "the part's own FRONTLINE_PORT_* variable (see the README).");
                }
            }
        }
    }

    private List<String> kafkaCommand() {
        Path folder = settings.home().resolve("kafka");
        try {
            Files.createDirectories(folder.resolve("data"));
            Path config = folder.resolve("server.properties");
            int port = settings.port("kafka");
            int controller = settings.port("kafka-controller");
            Files.writeString(config, String.join("\n",
                    "process.roles=broker,controller",
                    "node.id=1",
                    "controller.quorum.voters=1@localhost:" + controller,
                    "listeners=PLAINTEXT://localhost:" + port + ",CONTROLLER://localhost:" + controller,
                    "advertised.listeners=PLAINTEXT://localhost:" + port,
                    "controller.listener.names=CONTROLLER",
                    "inter.broker.listener.name=PLAINTEXT",
                    "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                    "log.dirs=" + folder.resolve("data"),
                    "num.partitions=" + PARTITIONS,
                    "offsets.topic.replication.factor=1",
                    "offsets.topic.num.partitions=" + PARTITIONS,
                    "transaction.state.log.replication.factor=1",
                    "transaction.state.log.min.isr=1",
                    "group.initial.rebalance.delay.ms=0",
                    "auto.create.topics.enable=false",
                    ""));
            if (!Files.exists(folder.resolve("data/meta.properties"))) {
                format(config, folder.resolve("format.log"));
            }
            return List.of(javaBin, "-Xms256m", "-Xmx512m", "-Dfrontline.stack.home=" + settings.home(),
                    JUL, "-cp", System.getProperty("java.class.path"), "kafka.Kafka", config.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void format(Path config, Path log) throws IOException {
        Process format = new ProcessBuilder(javaBin, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                "kafka.tools.StorageTool", "format", "-t", org.apache.kafka.common.Uuid.randomUuid().toString(),
                "-c", config.toString(), "--ignore-formatted")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            if (!format.waitFor(120, TimeUnit.SECONDS) || format.exitValue() != 0) {
                format.destroyForcibly();
                throw new IllegalStateException("formatting Kafka's storage failed; see " + log);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private List<String> keycloakCommand() {
        boolean[] unpacked = {false};
        Path home = KeycloakDistribution.install(settings.root().resolve("deploy/local/frontline-realm.json"), unpacked);
        if (unpacked[0]) {
            out.println("      (Keycloak " + KeycloakDistribution.VERSION + " unpacked into " + home + ", once)");
        }
        Path data = settings.home().resolve("keycloak");
        try {
            Files.createDirectories(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // A file database in the data folder: the realm is imported on the first start only and survives restarts.
        return List.of(home.resolve("bin/kc.sh").toString(), "start-dev",
                "--http-port=" + settings.port("keycloak"), "--import-realm", "--db=dev-file",
                "--db-url=jdbc:h2:file:" + data.resolve("keycloakdb") + ";NON_KEYWORDS=VALUE",
                "--cache=local", "--health-enabled=false", "--metrics-enabled=false");
    }

    private boolean postgresAnswers() {
        try (Connection ignored = DriverManager.getConnection(settings.postgresBaseUrl() + "postgres",
                settings.postgresAdminUser(), settings.postgresAdminPassword())) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    /** One database and one login per service (password = name); existing ones are kept. */
    private void createDatabases() {
        try (Connection connection = DriverManager.getConnection(settings.postgresBaseUrl() + "postgres",
                settings.postgresAdminUser(), settings.postgresAdminPassword());
             Statement statement = connection.createStatement()) {
            for (String name : DATABASES) {
                if (!exists(connection, "SELECT 1 FROM pg_roles WHERE rolname = ?", name)) {
                    statement.execute("CREATE ROLE " + name + " LOGIN PASSWORD '" + name + "'");
                }
                if (!exists(connection, "SELECT 1 FROM pg_database WHERE datname = ?", name)) {
                    statement.execute("CREATE DATABASE " + name + " OWNER " + name);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not create the services' databases", e);
        }
    }

    private static boolean exists(Connection connection, String sql, String name) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, name);
            try (ResultSet result = query.executeQuery()) {
                return result.next();
            }
        }
    }

    private boolean kafkaAnswers() {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, settings.kafkaBootstrap(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000))) {
            return !admin.describeCluster().nodes().get(3, TimeUnit.SECONDS).isEmpty();
        } catch (Exception e) {
            return false;
        }
    }

    /** The topics, with their dead-letter topics, created up front as the operator does in production. */
    private void createTopics() {
        List<String> names = new ArrayList<>();
        for (String topic : List.of(Topics.COMPLAINTS, Topics.INCIDENTS, Topics.SANCTIONS, Topics.NOTIFICATIONS,
                Topics.PREVENTION, Topics.CALLCENTER_TRANSCRIPTS)) {
            names.add(topic);
            names.add(Topics.deadLetter(topic));
        }
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, settings.kafkaBootstrap()))) {
            java.util.Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<NewTopic> missing = names.stream().filter(n -> !existing.contains(n))
                    .map(n -> new NewTopic(n, PARTITIONS, (short) 1)).toList();
            if (!missing.isEmpty()) {
                admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
            }
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("could not create the topics", e);
            }
        } catch (Exception e) {
            throw new IllegalStateException("could not create the topics", e);
        }
    }

    private Optional<ProcessHandle> postmasterLeftBehind() {
        Path pidFile = settings.home().resolve("postgres/data/postmaster.pid");
        try {
            if (settings.externalPostgres() || !Files.exists(pidFile)) {
                return Optional.empty();
            }
            long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                    .filter(p -> p.info().command().map(c -> c.contains("postgres")).orElse(false));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    static boolean httpOk(String url) {
        try {
            HttpURLConnection connection = (HttpURLConnection) URI.create(url).toURL().openConnection();
            connection.setConnectTimeout(1000);
            connection.setReadTimeout(3000);
            try {
                return connection.getResponseCode() == 200;
            } finally {
                connection.disconnect();
            }
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean free(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new java.net.InetSocketAddress("localhost", port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static long seconds(long since) {
        return Math.round((System.nanoTime() - since) / 1e9);
    }

    /** One part: how to start it, how to see that it is ready, what to do once it is. */
    private final class Step {
        final String title;
        final DetachedProcess process;
        final String where;
        final int port;
        final java.util.function.Supplier<List<String>> command;
        final Map<String, String> environment;
        final BooleanSupplier ready;
        final Runnable whenReady;
        final Duration timeout;
        long startedAt;
        boolean wasRunning;

        Step(String title, DetachedProcess process, String where, int port, java.util.function.Supplier<List<String>> command,
             Map<String, String> environment, BooleanSupplier ready, Runnable whenReady, Duration timeout) {
            this.title = title;
            this.process = process;
            this.where = where;
            this.port = port;
            this.command = command;
            this.environment = new LinkedHashMap<>(environment);
            this.ready = ready;
            this.whenReady = whenReady;
            this.timeout = timeout;
        }

        void startIfNeeded() {
            startedAt = System.nanoTime();
            if (process == null) {
                return;
            }
            wasRunning = process.running().isPresent();
            if (!wasRunning) {
                process.start(command.get(), environment, settings.logs().resolve(process.name() + ".log"),
                        settings.home());
            }
        }

        void awaitAndReport(int index, int total) {
            String prefix = String.format("[%d/%d] %-22s ... ", index, total, title);
            out.print(prefix);
            out.flush();
            long deadline = startedAt + timeout.toNanos();
            while (!ready.getAsBoolean()) {
                if (process != null && process.running().isEmpty()) {
                    out.println("FAILED");
                    throw new IllegalStateException(title + " stopped while starting; its log: "
                            + settings.logs().resolve(process.name() + ".log") + "\n" + tail(process.name()));
                }
                if (System.nanoTime() > deadline) {
                    out.println("FAILED");
                    throw new IllegalStateException(title + " was not ready within " + timeout.toSeconds() + " s; its log: "
                            + (process == null ? where : settings.logs().resolve(process.name() + ".log")));
                }
                sleep(250);
            }
            if (whenReady != null) {
                whenReady.run();
            }
            String how = process == null ? "external, " : wasRunning ? "already running, " : "";
            out.printf("%sready in %d s (%s)%n", how, seconds(startedAt), where);
        }

        private String tail(String name) {
            try {
                List<String> lines = Files.readAllLines(settings.logs().resolve(name + ".log"));
                // Service logs are JSON with whole stack traces: the last lines, cut short, are enough to point the way.
                return String.join("\n", lines.subList(Math.max(0, lines.size() - 12), lines.size()).stream()
                        .map(l -> l.length() > 400 ? l.substring(0, 400) + " ..." : l).toList());
            } catch (IOException | RuntimeException e) {
                return "(no log)";
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
