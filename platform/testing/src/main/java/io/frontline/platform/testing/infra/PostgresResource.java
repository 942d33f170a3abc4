package io.frontline.platform.testing.infra;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

/** Points a {@code @QuarkusTest} application at a fresh database on the shared test PostgreSQL. */
public class PostgresResource implements QuarkusTestResourceLifecycleManager {
    @Override
    public Map<String, String> start() {
        PostgresServer server = PostgresServer.shared();
        return Map.of("quarkus.datasource.jdbc.url", server.createDatabase("frontline"),
                "quarkus.datasource.username", server.user(),
                "quarkus.datasource.password", server.password());
    }

    @Override
    public void stop() {
        // the server is shared by the JVM and stops with it
    }
}
