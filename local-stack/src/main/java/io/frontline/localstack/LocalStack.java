package io.frontline.localstack;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

/**
 * The whole system on one machine: PostgreSQL (a database and a user per service), a Kafka broker,
 * Keycloak with the demo realm, an SMTP server whose mails can be read, and the five services — each
 * its own detached process with its data and log in one folder. {@code bin/frontline} and the
 * end-to-end tests start it through this class alike. Each kind of part is its own class ({@link PostgresPart},
 * {@link KafkaPart}, {@link KeycloakPart}, {@link MailPart}, {@link ApplicationPart}); this class orders them.
 */
public final class LocalStack {
    private final StackSettings settings;
    private final PrintStream out;

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
        List<Part> parts = parts();
        stopLeftovers(parts);
        checkPorts(parts);
        int total = parts.size();
        // The servers start side by side; the applications need them, so they follow.
        List<Part> servers = servers(parts);
        List<Part> applications = applications(parts);
        servers.forEach(Part::startIfNeeded);
        for (int i = 0; i < servers.size(); i++) {
            servers.get(i).awaitAndReport(out, i + 1, total);
        }
        applications.forEach(Part::startIfNeeded);
        for (int i = 0; i < applications.size(); i++) {
            applications.get(i).awaitAndReport(out, servers.size() + i + 1, total);
        }
        out.printf("%nFrontline is ready (%d s). Data and logs: %s%n", seconds(begin), settings.home());
        printSummary();
    }

    /** Stops every part this folder's pid files name, services first; true if any ran. */
    public boolean down() {
        List<Part> parts = parts();
        // The applications first and side by side (nothing depends on them), then the servers in reverse order.
        List<CompletableFuture<String>> applications = applications(parts).stream()
                .map(part -> CompletableFuture.supplyAsync(() -> stopOne(part))).toList();
        List<String> stopped = new ArrayList<>();
        applications.forEach(s -> stopped.add(s.join()));
        List<Part> servers = servers(parts);
        for (int i = servers.size() - 1; i >= 0; i--) {
            stopped.add(stopOne(servers.get(i)));
        }
        stopped.stream().filter(Objects::nonNull).forEach(out::println);
        boolean any = stopped.stream().anyMatch(Objects::nonNull);
        // A PostgreSQL server whose keeper was killed outright would stay behind: its own pid file names it.
        new PostgresPart(settings).serverLeftBehind().ifPresent(postmaster -> {
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
    public void start(String name) {
        Part part = part(name);
        part.startIfNeeded();
        part.awaitAndReport(out, 1, 1);
    }

    private Part part(String name) {
        return parts().stream().filter(p -> p.process != null && p.process.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no part " + name + " of this stack runs here"));
    }

    private String stopOne(Part part) {
        long begin = System.nanoTime();
        if (part.process != null && part.process.stop()) {
            return String.format("  %-22s stopped in %d s", part.title, seconds(begin));
        }
        return null;
    }

    /** One line per part: running or not, and whether it answers. */
    public List<String> status() {
        List<String> lines = new ArrayList<>();
        for (Part part : parts()) {
            String state;
            if (part.process == null) {
                state = "external (" + part.where + ")";
            } else {
                Optional<ProcessHandle> running = part.process.running();
                state = running.map(p -> "running (pid " + p.pid() + ")").orElse("stopped");
            }
            String health = part.ready() ? "ready" : "not answering";
            lines.add(String.format("%-22s %-26s %-14s %s", part.title, state, health, part.where));
        }
        return lines;
    }

    /** True while any part of this folder runs. */
    public boolean anyRunning() {
        return parts().stream().anyMatch(p -> p.process != null && p.process.running().isPresent())
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
                settings.postgresBaseUrl(), String.join(", ", PostgresPart.DATABASES));
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

    /** The parts in the order they start: the servers, then the services and the web. */
    private List<Part> parts() {
        List<Part> parts = new ArrayList<>(List.of(new PostgresPart(settings), new KafkaPart(settings),
                new KeycloakPart(settings, out), new MailPart(settings)));
        for (String service : StackSettings.SERVICES) {
            parts.add(ApplicationPart.service(settings, service));
        }
        parts.add(ApplicationPart.web(settings));
        return parts;
    }

    private static List<Part> servers(List<Part> parts) {
        return parts.stream().filter(p -> !(p instanceof ApplicationPart)).toList();
    }

    private static List<Part> applications(List<Part> parts) {
        return parts.stream().filter(p -> p instanceof ApplicationPart).toList();
    }

    /**
     * A part whose keeper died (killed, or the machine's OOM killer) can leave its server running, holding the
     * part's port: every process of this stack that no running keeper accounts for is such a leftover, and is
     * stopped, so {@code up} recovers instead of refusing because the port is in use.
     */
    private void stopLeftovers(List<Part> parts) {
        Set<Long> accounted = new HashSet<>();
        for (Part part : parts) {
            if (part.process != null) {
                part.process.running().ifPresent(keeper -> {
                    accounted.add(keeper.pid());
                    keeper.descendants().forEach(child -> accounted.add(child.pid()));
                });
            }
        }
        ProcessHandle.current().parent().ifPresent(parent -> accounted.add(parent.pid()));
        List<ProcessHandle> leftovers = new ArrayList<>(processesOfThisStack().stream()
                .filter(p -> !accounted.contains(p.pid())).toList());
        new PostgresPart(settings).serverLeftBehind().filter(p -> !accounted.contains(p.pid()))
                .filter(p -> leftovers.stream().noneMatch(l -> l.pid() == p.pid())).ifPresent(leftovers::add);
        if (!leftovers.isEmpty()) {
            out.println("Left behind by a keeper that died, stopping: " + leftovers.stream()
                    .map(p -> p.pid() + " " + p.info().command().map(c -> Path.of(c).getFileName().toString())
                            .orElse("?")).toList());
            leftovers.forEach(DetachedProcess::terminate);
        }
    }

    private void checkPorts(List<Part> parts) {
        for (Part part : parts) {
            if (part.process == null || part.process.running().isPresent()) {
                continue;
            }
            for (int port : part.ports()) {
                if (!free(port)) {
                    throw new IllegalStateException("port " + port + " for " + part.title + " is in use: another program "
                            + "(or another stack) has it. Choose other ports with FRONTLINE_PORT_BASE (e.g. 20000) or "
                            + "the part's own FRONTLINE_PORT_* variable (see the README).");
                }
            }
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

    static long seconds(long since) {
        return Math.round((System.nanoTime() - since) / 1e9);
    }
}
