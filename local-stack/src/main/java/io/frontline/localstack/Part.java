package io.frontline.localstack;

import io.frontline.platform.testing.infra.ManagedProcess;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * One part of the stack — a server or an application — with what {@link LocalStack} needs to run it alike:
 * its own process (none when the part is external), the ports it takes, how it starts, when it answers and
 * what follows once it does. Each kind of part is its own class; the stack only orders them.
 */
abstract class Part {
    /** The JBoss log manager is on the class path (it comes with the platform): it must also manage java.util.logging. */
    static final String JUL = "-Djava.util.logging.manager=org.jboss.logmanager.LogManager";

    final StackSettings settings;
    final String title;
    final DetachedProcess process;
    final String where;
    private long startedAt;
    private boolean wasRunning;

    Part(StackSettings settings, String title, String processName, boolean external, String where) {
        this.settings = settings;
        this.title = title;
        this.process = external ? null : new DetachedProcess(settings.home(), processName);
        this.where = where;
    }

    /** The ports the part listens on: they must be free before it starts. */
    abstract List<Integer> ports();

    /** The command line that starts it (prepared on disk first where the part needs files). */
    abstract List<String> command();

    Map<String, String> environment() {
        return Map.of();
    }

    /** True once the part answers as its users need it to. */
    abstract boolean ready();

    /** What the stack does once the part answers (databases, topics); nothing by default. */
    void whenReady() {
    }

    abstract Duration timeout();

    /** The JVM running this stack's tools, for parts that are Java programs. */
    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Put on every command line of this stack, so that {@code down} finds the stack's processes by their folder. */
    String marker() {
        return "-Dfrontline.stack.home=" + settings.home();
    }

    static boolean httpOk(String url) {
        return ManagedProcess.httpOk(url);
    }

    final void startIfNeeded() {
        startedAt = System.nanoTime();
        if (process == null) {
            return;
        }
        wasRunning = process.running().isPresent();
        if (!wasRunning) {
            process.start(command(), environment(), log(), settings.home());
        }
    }

    final void awaitAndReport(PrintStream out, int index, int total) {
        out.print(String.format("[%d/%d] %-22s ... ", index, total, title));
        out.flush();
        long deadline = startedAt + timeout().toNanos();
        while (!ready()) {
            if (process != null && process.running().isEmpty()) {
                out.println("FAILED");
                throw new IllegalStateException(title + " stopped while starting; its log: " + log() + "\n" + tail());
            }
            if (System.nanoTime() > deadline) {
                out.println("FAILED");
                throw new IllegalStateException(title + " was not ready within " + timeout().toSeconds() + " s; its log: "
                        + (process == null ? where : log()));
            }
            sleep(250);
        }
        whenReady();
        String how = process == null ? "external, " : wasRunning ? "already running, " : "";
        out.printf("%sready in %d s (%s)%n", how, LocalStack.seconds(startedAt), where);
    }

    private Path log() {
        return settings.logs().resolve(process.name() + ".log");
    }

    private String tail() {
        try {
            List<String> lines = Files.readAllLines(log());
            // Service logs are JSON with whole stack traces: the last lines, cut short, are enough to point the way.
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 12), lines.size()).stream()
                    .map(l -> l.length() > 400 ? l.substring(0, 400) + " ..." : l).toList());
        } catch (IOException | RuntimeException e) {
            return "(no log)";
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
