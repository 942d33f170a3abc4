package io.frontline.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** PostgreSQL through its keeper ({@link PostgresKeeper}), with one database and one login per service. */
final class PostgresPart extends Part {
    static final List<String> DATABASES = List.of("complaint", "incident", "sanction", "notification", "prevention");

    PostgresPart(StackSettings settings) {
        super(settings, "PostgreSQL", "postgres", settings.externalPostgres(), settings.postgresBaseUrl());
    }

    @Override
    List<Integer> ports() {
        return List.of(settings.port("postgres"));
    }

    @Override
    List<String> command() {
        return List.of(java(), "-Xmx256m", marker(), JUL, "-cp", System.getProperty("java.class.path"),
                PostgresKeeper.class.getName(), settings.home().resolve("postgres").toString(),
                String.valueOf(settings.port("postgres")));
    }

    @Override
    boolean ready() {
        try (Connection ignored = connect()) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    /** One database and one login per service (password = name); existing ones are kept. */
    @Override
    void whenReady() {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
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

    @Override
    Duration timeout() {
        return Duration.ofSeconds(120);
    }

    /** A server whose keeper was killed outright stays behind: its own pid file names it. */
    Optional<ProcessHandle> serverLeftBehind() {
        Path pidFile = settings.home().resolve("postgres/data/postmaster.pid");
        try {
            if (process == null || !Files.exists(pidFile)) {
                return Optional.empty();
            }
            long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                    .filter(p -> p.info().command().map(c -> c.contains("postgres")).orElse(false));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(settings.postgresBaseUrl() + "postgres", settings.postgresAdminUser(),
                settings.postgresAdminPassword());
    }

    private static boolean exists(Connection connection, String sql, String name) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, name);
            try (ResultSet result = query.executeQuery()) {
                return result.next();
            }
        }
    }
}
