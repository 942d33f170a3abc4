package io.frontline.localstack;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class DetachedProcessTest {
    @TempDir
    Path home;

    @Test
    void stopping_a_part_ends_it_and_the_processes_it_started() throws Exception {
        DetachedProcess part = new DetachedProcess(home, "sleeper");
        ProcessHandle started = part.start(List.of("bash", "-c", "sleep 300 & sleep 300"), Map.of(),
                home.resolve("logs/sleeper.log"), home);
        awaitChildren(started);
        List<ProcessHandle> children = started.descendants().toList();
        assertThat(part.running()).contains(started);

        assertThat(part.stop()).isTrue();

        assertThat(started.isAlive()).isFalse();
        assertThat(children).isNotEmpty().noneMatch(ProcessHandle::isAlive);
        assertThat(part.running()).isEmpty();
        assertThat(home.resolve("run/sleeper.pid")).doesNotExist();
    }

    @Test
    void a_pid_file_whose_process_started_at_another_moment_names_another_process_and_is_not_obeyed() throws Exception {
        // The pid of this very JVM, with a start time that is not its own: a recycled pid.
        Files.createDirectories(home.resolve("run"));
        Files.writeString(home.resolve("run/old.pid"), ProcessHandle.current().pid() + " 1000\n");
        DetachedProcess part = new DetachedProcess(home, "old");

        assertThat(part.running()).isEmpty();
        assertThat(part.stop()).isFalse();
        assertThat(ProcessHandle.current().isAlive()).isTrue();
    }

    private static void awaitChildren(ProcessHandle process) throws InterruptedException {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (process.descendants().count() < 1 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
    }
}
