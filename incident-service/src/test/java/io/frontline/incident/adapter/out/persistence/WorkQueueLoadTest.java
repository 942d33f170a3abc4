package io.frontline.incident.adapter.out.persistence;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.frontline.incident.application.domain.model.IncidentQueueFilter;
import io.frontline.incident.application.domain.model.IncidentQueueSort;
import io.frontline.incident.application.domain.model.IncidentStatus;
import io.frontline.incident.application.domain.model.IncidentType;
import io.frontline.incident.application.domain.model.Severity;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import static io.frontline.platform.testing.infra.Tokens.bearer;
import static io.frontline.platform.testing.infra.Tokens.user;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13: each work queue answers in under 100 ms at the 95th percentile with 100,000 rows in its table. The test
 * seeds 100,000 incidents over the four sites (with a care task each, and 100,000 live-detection suggestions), then
 * reads the lists through HTTP as a site manager, a regional manager and HQ safety — first pages and next pages,
 * with and without filters — and prints the figures. The seeded rows are removed afterwards.
 *
 * <p>The HTTP figure includes everything a caller waits for (token check, JSON, the test client) and on a shared
 * two-core machine mostly waiting for a core; so the database's own part is measured apart, on the queries the
 * adapter builds, by {@code EXPLAIN ANALYZE}: each must read an index in its order (no sequential scan of the
 * table) and execute in well under the budget. The HTTP budget is judged when the machine is not saturated (load
 * average at most four per core); under heavier load the test prints the figure with the load it was taken at.
 */
@QuarkusTest
@org.junit.jupiter.api.Tag("bench")
class WorkQueueLoadTest {
    private static final int ROWS = 100_000;
    private static final int CALLS = 240;
    private static final String SEEDED_BY = "seed:queue-benchmark";

    @Inject
    AgroalDataSource dataSource;

    /** The database the rows were seeded into, once for both tests (seeding 300,000 rows is most of their time). */
    private static AgroalDataSource seededIn;

    @BeforeEach
    void seedOnce() throws SQLException {
        if (seededIn != null) {
            return;
        }
        seededIn = dataSource;
        run("INSERT INTO incident (id, reference, site_id, types, description, occurred_at, reported_at, reported_by, "
                + "immediate_danger, source, status, severity, severity_rule, outcome) "
                + "SELECT gen_random_uuid(), 'INC-1999-' || lpad(g::text, 6, '0'), "
                + "(ARRAY['ams-centrum','utr-centraal','ein-centrum','cc-rotterdam'])[1 + g % 4], "
                + "CASE (g / 4) % 5 WHEN 0 THEN ARRAY['THREAT'] WHEN 1 THEN ARRAY['VERBAL_ABUSE'] "
                + "WHEN 2 THEN ARRAY['VERBAL_ABUSE','THREAT'] WHEN 3 THEN ARRAY['UNREASONABLE_DEMAND'] "
                + "ELSE ARRAY['PHYSICAL_VIOLENCE'] END, "
                + "'Seeded for the work-queue benchmark', now() - g * interval '3 minutes' - interval '10 minutes', "
                + "now() - g * interval '3 minutes', '" + SEEDED_BY + "', false, "
                + "(ARRAY['STAFF_REPORT','CALL_CENTER_DETECTION','COMPLAINT_FLAG','MANAGER'])[1 + (g / 3) % 4], "
                + "(ARRAY['REPORTED','TRIAGED','UNDER_INVESTIGATION','CONFIRMED','UNFOUNDED','CLOSED'])[1 + (g / 7) % 6], "
                + "(ARRAY['LOW','MEDIUM','HIGH','CRITICAL'])[1 + (g / 11) % 4], 'OTHERWISE', NULL "
                + "FROM generate_series(1, " + ROWS + ") AS g");
        // One open care task per seeded incident, spread around now; marked as already reported overdue so the
        // overdue watch leaves them alone.
        run("INSERT INTO care_task (id, incident_id, kind, due_at, status, overdue_reported_at) "
                + "SELECT gen_random_uuid(), id, 'FOLLOW_UP', reported_at + interval '100 days', 'OPEN', reported_at "
                + "FROM incident WHERE reported_by = '" + SEEDED_BY + "'");
        run("INSERT INTO monitored_call (call_id, site_id, first_seen_at) SELECT 'seed-call-' || g, 'cc-rotterdam', "
                + "now() - g * interval '1 minute' FROM generate_series(1, " + ROWS + ") AS g");
        run("INSERT INTO suggested_incident (id, call_id, site_id, rules, suggested_at, status) "
                + "SELECT gen_random_uuid(), call_id, site_id, 'ABUSIVE_LANGUAGE', first_seen_at, "
                + "(ARRAY['OPEN','CONFIRMED','DISMISSED'])[1 + abs(hashtext(call_id)) % 3] "
                + "FROM monitored_call WHERE call_id LIKE 'seed-call-%'");
        run("ANALYZE incident");
        run("ANALYZE care_task");
        run("ANALYZE suggested_incident");
    }

    @AfterAll
    static void removeTheSeed() throws SQLException {
        if (seededIn == null) {
            return;
        }
        try (Connection c = seededIn.getConnection(); Statement statement = c.createStatement()) {
            statement.execute("DELETE FROM care_task WHERE incident_id IN "
                    + "(SELECT id FROM incident WHERE reported_by = '" + SEEDED_BY + "')");
            statement.execute("DELETE FROM incident WHERE reported_by = '" + SEEDED_BY + "'");
            statement.execute("DELETE FROM suggested_incident WHERE call_id LIKE 'seed-call-%'");
            statement.execute("DELETE FROM monitored_call WHERE call_id LIKE 'seed-call-%'");
        } finally {
            seededIn = null;
        }
    }

    @Test
    void every_work_queue_answers_within_100_ms_at_the_95th_percentile_with_100000_rows() {
        assertThat(count("SELECT count(*) FROM incident")).isGreaterThanOrEqualTo(ROWS);
        String site = bearer(user("sanne.manager"));
        String region = bearer(user("noor.regional"));
        String chain = bearer(user("henk.hq"));
        String supervisor = bearer(user("ruben.supervisor"));

        List<String[]> incidentCalls = List.of(
                new String[]{site, "/api/incidents"},
                new String[]{site, "/api/incidents?sort=-severity"},
                new String[]{site, "/api/incidents?status=under-investigation&sort=-reported"},
                new String[]{site, "/api/incidents?type=threat&severity=critical"},
                new String[]{site, "/api/incidents?sort=occurred&dates=occurred&from=2026-01-01T00:00:00Z"},
                new String[]{region, "/api/incidents?sort=-severity"},
                new String[]{region, "/api/incidents?source=call-center-detection"},
                new String[]{chain, "/api/incidents"},
                new String[]{chain, "/api/incidents?site=ein-centrum&status=confirmed"},
                new String[]{chain, "/api/incidents?sort=severity&type=physical-violence"});
        double incidents = measure("incidents", incidentCalls, true);

        double care = measure("care tasks", List.of(
                new String[]{site, "/api/care-tasks?due=open"},
                new String[]{region, "/api/care-tasks?due=due-soon&within=P30D"},
                new String[]{chain, "/api/care-tasks?due=overdue"},
                new String[]{chain, "/api/care-tasks?due=open&site=utr-centraal"}), true);

        double suggestions = measure("suggestions", List.of(
                new String[]{supervisor, "/api/suggested-incidents"},
                new String[]{supervisor, "/api/suggested-incidents?status=dismissed"},
                new String[]{chain, "/api/suggested-incidents?status=confirmed"}), true);

        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        int cores = Runtime.getRuntime().availableProcessors();
        System.out.printf("FIGURE work queues measured at load average %.1f on %d cores%n", load, cores);
        if (load <= 4.0 * cores) {
            assertThat(incidents).as("incidents queue p95 (ms)").isLessThan(100);
            assertThat(care).as("care tasks queue p95 (ms)").isLessThan(100);
            assertThat(suggestions).as("suggestions p95 (ms)").isLessThan(100);
        } else {
            System.out.printf("FIGURE work queues: HTTP budget not judged, the machine is saturated (load %.1f)%n", load);
        }
    }

    @Test
    void every_work_queue_query_reads_an_index_in_its_order_and_executes_within_a_fraction_of_the_budget() {
        Set<String> ams = Set.of("ams-centrum");
        Set<String> north = Set.of("ams-centrum", "utr-centraal");
        IncidentQueueFilter none = IncidentQueueFilter.none();
        List<IncidentQueuePersistenceAdapter.Query> queries = List.of(
                IncidentQueuePersistenceAdapter.incidentsQuery(ams, none, IncidentQueueSort.NEWEST_REPORTED, null, 51),
                IncidentQueuePersistenceAdapter.incidentsQuery(ams, none, IncidentQueueSort.MOST_SEVERE, null, 51),
                IncidentQueuePersistenceAdapter.incidentsQuery(north, none, IncidentQueueSort.MOST_SEVERE, null, 51),
                IncidentQueuePersistenceAdapter.incidentsQuery(ams, new IncidentQueueFilter(
                        IncidentStatus.UNDER_INVESTIGATION, null, null, null, null, null, null, null),
                        IncidentQueueSort.NEWEST_REPORTED, null, 51),
                IncidentQueuePersistenceAdapter.incidentsQuery(ams, new IncidentQueueFilter(null, null,
                        Severity.CRITICAL, IncidentType.THREAT, null, null, null, null),
                        IncidentQueueSort.NEWEST_REPORTED, null, 51),
                IncidentQueuePersistenceAdapter.incidentsQuery(north, new IncidentQueueFilter(null, null, null, null,
                        null, IncidentQueueFilter.DateField.OCCURRED, Instant.parse("2026-01-01T00:00:00Z"), null),
                        IncidentQueueSort.OLDEST_OCCURRED, null, 51),
                IncidentQueuePersistenceAdapter.incidentsQuery(null, none, IncidentQueueSort.NEWEST_REPORTED, null, 51),
                IncidentQueuePersistenceAdapter.incidentsQuery(null, new IncidentQueueFilter(IncidentStatus.CONFIRMED,
                        "ein-centrum", null, null, null, null, null, null), IncidentQueueSort.NEWEST_REPORTED, null, 51),
                IncidentQueuePersistenceAdapter.careTasksQuery(ams, null, null, null, 51),
                IncidentQueuePersistenceAdapter.careTasksQuery(north, null, Instant.now().plusSeconds(30 * 86400),
                        null, 51),
                IncidentQueuePersistenceAdapter.careTasksQuery(null, "utr-centraal", null, null, 51));
        List<Double> millis = new ArrayList<>();
        for (IncidentQueuePersistenceAdapter.Query query : queries) {
            for (int i = 0; i < 20; i++) {
                JsonNode plan = explain(query);
                millis.add(plan.path("Execution Time").asDouble());
                assertThat(plan.toString()).as("plan of %s", query.sql()).doesNotContain("\"Seq Scan\"");
            }
        }
        Collections.sort(millis);
        double p95 = millis.get((int) Math.ceil(millis.size() * 0.95) - 1);
        System.out.printf("FIGURE work queue queries in PostgreSQL (EXPLAIN ANALYZE, %d runs of %d queries, %d rows):"
                + " p50 %.2f ms, p95 %.2f ms, max %.2f ms%n", millis.size(), queries.size(), ROWS,
                millis.get(millis.size() / 2), p95, millis.get(millis.size() - 1));
        assertThat(p95).as("database execution p95 (ms)").isLessThan(20);
    }

    private JsonNode explain(IncidentQueuePersistenceAdapter.Query query) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("EXPLAIN (ANALYZE, FORMAT JSON) " + query.sql())) {
            Sql.bind(s, query.params());
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return new ObjectMapper().readTree(rs.getString(1)).get(0);
            }
        } catch (SQLException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Warms up, then times {@link #CALLS} calls round-robin over the lists, every other one a next page. */
    private static double measure(String list, List<String[]> calls, boolean followNext) {
        for (int i = 0; i < 40; i++) {
            String[] call = calls.get(i % calls.size());
            given().header("Authorization", call[0]).get(call[1]).then().statusCode(200);
        }
        List<Long> nanos = new ArrayList<>();
        for (int i = 0; i < CALLS; i++) {
            String[] call = calls.get(i % calls.size());
            long start = System.nanoTime();
            JsonPath page = given().header("Authorization", call[0]).get(call[1]).then().statusCode(200).extract()
                    .jsonPath();
            nanos.add(System.nanoTime() - start);
            String next = page.getString("next");
            if (followNext && next != null && i % 2 == 0) {
                String url = call[1] + (call[1].contains("?") ? "&" : "?") + "cursor=" + next;
                long again = System.nanoTime();
                given().header("Authorization", call[0]).get(url).then().statusCode(200);
                nanos.add(System.nanoTime() - again);
            }
        }
        Collections.sort(nanos);
        double p50 = nanos.get(nanos.size() / 2) / 1e6;
        double p95 = nanos.get((int) Math.ceil(nanos.size() * 0.95) - 1) / 1e6;
        double max = nanos.get(nanos.size() - 1) / 1e6;
        System.out.printf("FIGURE work queue %s: %d calls through HTTP with %d rows, p50 %.1f ms, p95 %.1f ms, "
                + "max %.1f ms%n", list, nanos.size(), ROWS, p50, p95, max);
        return p95;
    }

    private long count(String sql) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void run(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
