package io.frontline.notification.adapter.out.persistence;

import io.frontline.platform.testing.infra.PostgresServer;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 19: rows written before V80 in the wire's lower case (in-app, high, retrying, acknowledged, link, nl) are
 * respelled as the constants' names, and the respelled checks refuse the old spelling afterwards.
 */
class EnumSpellingMigrationTest {

    @Test
    void rows_stored_in_the_wire_spelling_are_migrated_to_the_constant_names_and_the_old_spelling_is_refused()
            throws SQLException {
        PostgresServer postgres = PostgresServer.shared();
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(postgres.createDatabase("enum_spelling"));
        dataSource.setUser(postgres.user());
        dataSource.setPassword(postgres.password());
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target("70").load().migrate();

        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("""
                    INSERT INTO recipient (id, name, email, language, time_zone, roles, sites, regions, updated_at)
                    VALUES ('old.person', 'Old Person', 'old@example.test', 'nl', 'Europe/Amsterdam', '{}', '{}', '{}', now())""");
            s.executeUpdate("""
                    INSERT INTO delivery (id, delivery_key, event_id, event_type, recipient_id, channel, severity, status,
                                          attempts, next_attempt_at, created_at, notice)
                    VALUES ('00000000-0000-0000-0000-000000000001', 'k', '00000000-0000-0000-0000-0000000000e1', 't', 'old.person', 'in-app',
                            'high', 'retrying', 1, now(), now(), '{}')""");
            s.executeUpdate("""
                    INSERT INTO escalation (id, event_id, event_type, severity, occurred_at, facts, policy, started_at,
                                            round, level, status, acknowledged_via)
                    VALUES ('00000000-0000-0000-0000-000000000002', '00000000-0000-0000-0000-0000000000e2', 't', 'critical', now(), '{}', 'p',
                            now(), 1, 1, 'acknowledged', 'link')""");
        }

        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();

        assertThat(row(dataSource, "SELECT channel, severity, status FROM delivery"))
                .containsExactly("IN_APP", "HIGH", "RETRYING");
        assertThat(row(dataSource, "SELECT severity, status, acknowledged_via FROM escalation"))
                .containsExactly("CRITICAL", "ACKNOWLEDGED", "LINK");
        assertThat(row(dataSource, "SELECT language FROM recipient")).containsExactly("NL");
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.executeUpdate("UPDATE delivery SET status = 'sent'"))
                    .as("the wire's spelling is refused").isInstanceOf(SQLException.class);
        }
    }

    private static List<String> row(PGSimpleDataSource dataSource, String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            assertThat(r.next()).as("a row for %s", sql).isTrue();
            List<String> values = new ArrayList<>();
            for (int i = 1; i <= r.getMetaData().getColumnCount(); i++) {
                values.add(r.getString(i));
            }
            return values;
        }
    }
}
