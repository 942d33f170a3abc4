package io.frontline.localstack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.CountDownLatch;

/**
 * Keeps one embedded PostgreSQL 17 (zonky's binaries from Maven Central) running until this JVM is
 * stopped; its data folder is kept, so the databases survive a restart. Arguments: folder, port.
 */
public final class PostgresKeeper {
    private PostgresKeeper() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]).toAbsolutePath();
        int port = Integer.parseInt(args[1]);
        Files.createDirectories(folder);
        // Started as root, PostgreSQL runs as an unprivileged user: its folders must be open to it.
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxrwxrwx"));
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setOverrideWorkingDirectory(folder.toFile())
                .setDataDirectory(folder.resolve("data"))
                .setCleanDataDirectory(false)
                .setPort(port)
                .setServerConfig("max_connections", "200")
                // The embedded server's default is off (a crash could lose the last commits): the stack keeps data
                // across runs and its outboxes promise that nothing is lost, so every commit is on disk when it answers.
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("fsync", "on")
                .start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                postgres.close();
            } catch (Exception e) {
                System.err.println("PostgreSQL did not stop cleanly: " + e.getMessage());
            }
            stopped.countDown();
        }, "postgres-stop"));
        System.out.println("PostgreSQL ready on port " + port);
        stopped.await();
    }
}
