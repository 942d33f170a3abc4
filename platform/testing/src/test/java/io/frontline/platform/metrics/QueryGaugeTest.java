package io.frontline.platform.metrics;

import io.frontline.platform.testing.MutableClock;
import io.frontline.platform.testing.infra.PostgresServer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A gauge read from the database: per tag value, following the service's clock, alive without anyone holding it. */
class QueryGaugeTest {
    private PGSimpleDataSource dataSource;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-29T12:00:00Z"));
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    @BeforeEach
    void database() throws SQLException {
        PostgresServer postgres = PostgresServer.shared();
        dataSource = new PGSimpleDataSource();
        dataSource.setUrl(postgres.createDatabase("gauge"));
        dataSource.setUser(postgres.user());
        dataSource.setPassword(postgres.password());
        execute("CREATE TABLE waiting (severity TEXT NOT NULL, since TIMESTAMPTZ NOT NULL)");
        execute("INSERT INTO waiting VALUES ('critical', '2026-11-29T11:50:00Z'), ('critical', '2026-11-29T11:58:00Z'), "
                + "('low', '2026-11-29T11:59:00Z')");
    }

    @Test
    void each_tag_value_reads_its_row_a_value_without_rows_reads_zero_and_the_clock_binds_every_parameter() {
        QueryGauge.register(registry, dataSource, clock, "waiting.oldest", "test", "seconds", "severity",
                List.of("low", "critical", "high"),
                "SELECT severity, extract(epoch FROM (CAST(? AS timestamptz) - min(since))) FROM waiting "
                        + "WHERE since <= CAST(? AS timestamptz) GROUP BY severity");
        System.gc(); // the gauge must not depend on anyone else holding the reading

        assertThat(value("waiting.oldest", "critical")).isEqualTo(600.0);
        assertThat(value("waiting.oldest", "low")).isEqualTo(60.0);
        assertThat(value("waiting.oldest", "high")).isZero();
    }

    @Test
    void a_query_that_fails_reads_not_a_number_rather_than_a_reassuring_zero() {
        QueryGauge gauge = QueryGauge.register(registry, dataSource, clock, "broken", "test", null, "severity",
                List.of("critical"), "SELECT severity, count(*) FROM no_such_table GROUP BY severity");
        assertThat(gauge.figure("critical")).isNaN();
        assertThat(value("broken", "critical")).isNaN();
    }

    @Test
    void readings_are_kept_five_seconds_so_a_scrape_storm_costs_one_query() throws SQLException {
        QueryGauge gauge = QueryGauge.register(registry, dataSource, clock, "waiting.count", "test", null,
                "severity", List.of("critical"), "SELECT severity, count(*) FROM waiting GROUP BY severity");
        assertThat(gauge.figure("critical")).isEqualTo(2.0);
        execute("INSERT INTO waiting VALUES ('critical', '2026-11-29T11:59:30Z')");
        assertThat(gauge.figure("critical")).as("within five seconds of the last reading").isEqualTo(2.0);
        gauge.forget();
        assertThat(gauge.figure("critical")).isEqualTo(3.0);
    }

    private double value(String name, String severity) {
        return registry.get(name).tag("severity", severity).gauge().value();
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
