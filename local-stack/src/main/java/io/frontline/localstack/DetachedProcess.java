package io.frontline.localstack;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A part of the stack as an OS process that outlives the command that started it. Its pid and start
 * time are kept in {@code <home>/run/<name>.pid}, so {@code down} stops exactly that process (and its
 * children) and never another that happens to have been given the same pid later.
 */
public final class DetachedProcess {
    private static final Duration GRACE = Duration.ofSeconds(30);

    private final String name;
    private final Path pidFile;

    public DetachedProcess(Path home, String name) {
        this.name = name;
        this.pidFile = home.resolve("run").resolve(name + ".pid");
    }

    public String name() {
        return name;
    }

    /** Starts {@code command} in its own session (so a Ctrl-C in the terminal does not reach it), output to {@code log}. */
    public ProcessHandle start(List<String> command, Map<String, String> environment, Path log, Path workingDirectory) {
        try {
            Files.createDirectories(log.getParent());
            Files.createDirectories(pidFile.getParent());
            List<String> full = new ArrayList<>();
            setsid().ifPresent(full::add);
            full.addAll(command);
            ProcessBuilder builder = new ProcessBuilder(full)
                    .directory(workingDirectory.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            builder.environment().putAll(environment);
            ProcessHandle handle = builder.start().toHandle();
            Files.writeString(pidFile, handle.pid() + " " + startOf(handle).map(Instant::toEpochMilli).orElse(0L) + "\n");
            return handle;
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + name, e);
        }
    }

    /** The process this pid file names, if it still runs. */
    public Optional<ProcessHandle> running() {
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        try {
            String[] fields = Files.readString(pidFile).trim().split("\\s+");
            long pid = Long.parseLong(fields[0]);
            long started = fields.length > 1 ? Long.parseLong(fields[1]) : 0L;
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                    .filter(p -> started == 0L || startOf(p).map(Instant::toEpochMilli).orElse(started) == started);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Stops the process and its descendants: politely first, forcibly after the grace period. True if one ran. */
    public boolean stop() {
        Optional<ProcessHandle> process = running();
        if (process.isEmpty()) {
            deletePidFile();
            return false;
        }
        terminate(process.get());
        deletePidFile();
        return true;
    }

    /** Stops a process (with its descendants) that is not ours by pid file, e.g. a server a keeper left behind. */
    static void terminate(ProcessHandle process) {
        List<ProcessHandle> family = new ArrayList<>(process.descendants().toList());
        process.destroy();
        family.forEach(ProcessHandle::destroy);
        awaitEnd(process, GRACE);
        family.forEach(child -> awaitEnd(child, Duration.ofSeconds(5)));
        family.add(process);
        for (ProcessHandle member : family) {
            if (member.isAlive()) {
                member.destroyForcibly();
                awaitEnd(member, Duration.ofSeconds(10));
            }
        }
    }

    private static void awaitEnd(ProcessHandle process, Duration timeout) {
        try {
            process.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            // still running (or interrupted): the caller forces it
        }
    }

    private void deletePidFile() {
        try {
            Files.deleteIfExists(pidFile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<Instant> startOf(ProcessHandle process) {
        return process.info().startInstant();
    }

    /** Linux has setsid(1); macOS has not, there the part stays in the terminal's process group. */
    private static Optional<String> setsid() {
        for (String candidate : List.of("/usr/bin/setsid", "/bin/setsid")) {
            if (Files.isExecutable(Path.of(candidate))) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
