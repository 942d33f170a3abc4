package io.frontline.complaint.adapter.in.rest;

import io.frontline.platform.testing.MutableClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import static io.frontline.complaint.Api.as;
import static io.frontline.complaint.Api.at;
import static io.frontline.complaint.Api.step;
import static io.frontline.platform.testing.infra.Tokens.bearer;
import static io.frontline.platform.testing.infra.Tokens.user;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * The complaint queue (issue 13): each reader sees the complaints of their own sites only, filtered and most urgent
 * first, a page at a time; and it stays quick with 100,000 complaints in the table. Each test works on its own
 * received month (April, May, June 2021), far from the other tests' data, with the clock set there.
 */
@QuarkusTest
class ComplaintQueueTest {
    private static final String APRIL = "receivedFrom=2021-04-01&receivedTo=2021-04-30";
    private static final String MAY = "receivedFrom=2021-05-01&receivedTo=2021-05-31";
    private static final String JUNE = "receivedFrom=2021-06-01&receivedTo=2021-06-30";

    @Inject
    DataSource dataSource;

    @AfterEach
    void clockBack() {
        MutableClock.shared().reset();
    }

    @Test
    void a_handler_sees_the_complaints_of_his_own_sites_only_and_the_most_urgent_first() {
        at("2021-04-20T10:00:00Z");
        String ams = file("chris.handler", "ams-centrum", "2021-04-10T09:00:00Z");
        String utr = file("chris.handler", "utr-centraal", "2021-04-03T09:00:00Z");
        String ein = file("yara.handler", "ein-centrum", "2021-04-05T09:00:00Z");

        assertThat(ids("chris.handler", APRIL)).containsExactly(utr, ams);
        assertThat(ids("sanne.manager", APRIL)).containsExactly(ams);
        assertThat(ids("yara.handler", APRIL)).containsExactly(ein);
        assertThat(ids("noor.regional", APRIL)).containsExactly(utr, ams);
        assertThat(ids("thijs.regional", APRIL)).containsExactly(ein);
        assertThat(ids("henk.hq", APRIL)).containsExactlyInAnyOrder(utr, ein, ams);
        assertThat(ids("sanne.manager", APRIL + "&site=utr-centraal")).as("another site, asked for by name").isEmpty();
        assertThat(ids("henk.hq", APRIL + "&sort=-received")).containsExactly(ams, ein, utr);
    }

    @Test
    void mine_unassigned_status_due_and_reference_narrow_the_queue() {
        at("2021-05-16T08:00:00Z");
        String overdue = file("chris.handler", "ams-centrum", "2021-05-01T09:00:00Z");
        String dueSoon = file("chris.handler", "ams-centrum", "2021-05-02T09:00:00Z");
        String later = file("chris.handler", "ams-centrum", "2021-05-14T09:00:00Z");
        step("chris.handler", dueSoon, "assign", Map.of("assignee", "chris.handler")).statusCode(200);
        step("chris.handler", later, "start", null).statusCode(200);
        step("chris.handler", later, "resolve", Map.of("text", "Opgelost.")).statusCode(200);

        assertThat(ids("chris.handler", MAY + "&assignee=mine")).containsExactly(dueSoon);
        assertThat(ids("sanne.manager", MAY + "&assignee=chris.handler")).containsExactly(dueSoon);
        assertThat(ids("chris.handler", MAY + "&assignee=unassigned")).containsExactly(overdue, later);
        assertThat(ids("chris.handler", MAY + "&status=resolved")).containsExactly(later);
        assertThat(ids("chris.handler", MAY + "&status=acknowledged&status=in-progress")).containsExactly(overdue, dueSoon);
        assertThat(ids("chris.handler", MAY + "&due=overdue")).containsExactly(overdue);
        assertThat(ids("chris.handler", MAY + "&due=soon")).containsExactly(dueSoon);
        String reference = as("chris.handler").get("/api/complaints/" + later).then().extract().path("reference");
        assertThat(ids("chris.handler", "reference=" + reference)).containsExactly(later);
        assertThat(ids("chris.handler", "reference=" + reference.substring(4).toLowerCase())).containsExactly(later);
        assertThat(ids("yara.handler", "reference=" + reference)).as("not hers").isEmpty();
        as("chris.handler").get("/api/complaints?" + MAY + "&category=other&channel=phone").then().statusCode(200)
                .body("items.size()", equalTo(3));
        as("chris.handler").get("/api/complaints?" + MAY + "&channel=letter").then().statusCode(200)
                .body("items.size()", equalTo(0));
    }

    @Test
    void pages_follow_each_other_without_gaps_or_repeats_and_a_foreign_cursor_is_refused() {
        at("2021-06-28T10:00:00Z");
        Set<String> filed = new HashSet<>();
        for (int day = 20; day < 27; day++) {
            filed.add(file("chris.handler", "utr-centraal", "2021-06-" + day + "T09:00:00Z"));
        }
        List<String> read = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            Response page = as("chris.handler").get("/api/complaints?receivedFrom=2021-06-20&receivedTo=2021-06-26"
                    + "&sort=-received&limit=3" + (cursor == null ? "" : "&cursor=" + cursor));
            page.then().statusCode(200);
            read.addAll(page.jsonPath().getList("items.id"));
            cursor = page.jsonPath().getString("next");
            pages++;
        } while (cursor != null);
        assertThat(pages).isEqualTo(3);
        assertThat(read).hasSize(7).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(filed);

        String first = as("chris.handler").get("/api/complaints?" + JUNE + "&sort=-received&limit=1").then()
                .extract().path("next");
        as("chris.handler").get("/api/complaints?sort=due&cursor=" + first).then().statusCode(400)
                .contentType("application/problem+json").body("type", containsString("invalid-value"));
        as("chris.handler").get("/api/complaints?cursor=not-ours").then().statusCode(400);
    }

    @Test
    void bad_filters_are_refused_naming_the_allowed_values_and_staff_cannot_read_the_queue() {
        as("chris.handler").get("/api/complaints?status=lost").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("in-progress"))
                .body("detail", org.hamcrest.Matchers.not(containsString("lost")));
        as("chris.handler").get("/api/complaints?sort=fastest").then().statusCode(400);
        as("chris.handler").get("/api/complaints?limit=1000").then().statusCode(400);
        as("chris.handler").get("/api/complaints?receivedFrom=yesterday").then().statusCode(400);
        as("chris.handler").get("/api/complaints?receivedFrom=2021-06-10&receivedTo=2021-06-01").then().statusCode(400);
        as("chris.handler").get("/api/complaints?reference=' or 1=1").then().statusCode(400);
        as("emma.staff").get("/api/complaints").then().statusCode(403);
        given().get("/api/complaints").then().statusCode(401);
    }

    /**
     * 100,000 complaints over four sites in 2019, 40 % open; p95 of 240 calls across the queue's filters and
     * orders, as handler, manager, regional manager and HQ. The rows are removed afterwards.
     */
    @Test
    @org.junit.jupiter.api.Tag("bench") // a timed figure: bench/work-queues.sh runs it, the test run does not
    void the_queue_answers_within_100_ms_at_the_95th_percentile_with_100000_complaints() throws Exception {
        seed(100_000);
        try {
            at("2019-07-01T10:00:00Z");
            Map<String, String> tokens = Map.of("chris.handler", bearer(user("chris.handler")), "sanne.manager",
                    bearer(user("sanne.manager")), "noor.regional", bearer(user("noor.regional")), "henk.hq",
                    bearer(user("henk.hq")));
            String secondPage = given().header("Authorization", tokens.get("chris.handler"))
                    .get("/api/complaints?status=in-progress&status=acknowledged").then().statusCode(200)
                    .extract().path("next");
            List<String[]> calls = List.of(
                    new String[]{"chris.handler", "status=received&status=acknowledged&status=in-progress"},
                    new String[]{"chris.handler", "assignee=mine&status=in-progress"},
                    new String[]{"chris.handler", "assignee=unassigned&due=overdue"},
                    new String[]{"chris.handler", "due=soon"},
                    new String[]{"chris.handler", "status=in-progress&status=acknowledged&cursor=" + secondPage},
                    new String[]{"chris.handler", "reference=CMP-2019-0456"},
                    new String[]{"chris.handler", "reference=077"},
                    new String[]{"sanne.manager", "sort=-received"},
                    new String[]{"sanne.manager", "category=billing&channel=phone&sort=-received"},
                    new String[]{"noor.regional", "receivedFrom=2019-03-01&receivedTo=2019-03-31"},
                    new String[]{"noor.regional", "status=waiting-for-complainant&sort=received"},
                    new String[]{"henk.hq", "limit=200"},
                    new String[]{"henk.hq", "due=overdue&sort=-due"},
                    new String[]{"henk.hq", "site=cc-rotterdam&status=resolved&sort=-received"},
                    new String[]{"henk.hq", "assignee=yara.handler&category=delivery"});
            for (int i = 0; i < 30; i++) {
                String[] call = calls.get(i % calls.size());
                given().header("Authorization", tokens.get(call[0])).get("/api/complaints?" + call[1]).then().statusCode(200);
            }
            List<Double> millis = new ArrayList<>();
            Map<String, List<Double>> perCall = new java.util.LinkedHashMap<>();
            for (int i = 0; i < 240; i++) {
                String[] call = calls.get(i % calls.size());
                Supplier<Response> request = () -> given().header("Authorization", tokens.get(call[0]))
                        .get("/api/complaints?" + call[1]);
                long start = System.nanoTime();
                Response response = request.get();
                millis.add((System.nanoTime() - start) / 1e6);
                perCall.computeIfAbsent(call[0] + " " + call[1], k -> new ArrayList<>()).add(millis.get(millis.size() - 1));
                assertThat(response.statusCode()).as(call[1]).isEqualTo(200);
            }
            millis.sort(Double::compare);
            double p95 = millis.get((int) Math.ceil(0.95 * millis.size()) - 1);
            System.out.printf("FIGURE complaint queue: p95 %.1f ms, median %.1f ms, max %.1f ms over %d calls with "
                    + "100,000 complaints%n", p95, millis.get(millis.size() / 2), millis.get(millis.size() - 1), millis.size());
            perCall.forEach((call, ms) -> System.out.printf("  %-90.90s max %.1f ms%n", call,
                    ms.stream().mapToDouble(Double::doubleValue).max().orElse(0)));
            // Timings mean nothing on a machine whose CPUs are queued several deep (other builds): then the figure is
            // printed and the test is reported as not run (aborted), never as passed.
            double loadPerCore = java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                    .getSystemLoadAverage() / Runtime.getRuntime().availableProcessors();
            System.out.printf("FIGURE complaint queue: measured at a load average of %.1f per core%n", loadPerCore);
            org.junit.jupiter.api.Assumptions.assumeTrue(loadPerCore < 4.0, "the machine is overloaded ("
                    + String.format("%.1f", loadPerCore) + " runnable per core): p95 " + String.format("%.1f", p95)
                    + " ms not judged");
            assertThat(p95).as("p95 in ms").isLessThan(100.0);
        } finally {
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                s.executeUpdate("DELETE FROM complaint WHERE reference LIKE 'CMP-2019-%'");
            }
        }
    }

    private void seed(int rows) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("""
                    INSERT INTO complaint (id, reference, site_id, channel, category, subject, description, language,
                        status, received_at, response_due, filed_by, term_started_at, term_length_seconds, term_zone,
                        due_at, term_paused_since, assignee, closed_at, closed_within_term)
                    SELECT gen_random_uuid(), 'CMP-2019-' || lpad(n::text, 6, '0'),
                        (ARRAY['ams-centrum','utr-centraal','ein-centrum','cc-rotterdam'])[1 + n % 4],
                        (ARRAY['WEB','EMAIL','PHONE','LETTER','IN_STORE'])[1 + n % 5],
                        (ARRAY['PRODUCT','SERVICE','STAFF_BEHAVIOUR','BILLING','DELIVERY','OTHER'])[1 + n % 6],
                        'Klacht ' || n, 'De klant beschrijft het probleem.', 'nl',
                        (ARRAY['RESOLVED','REJECTED','RESOLVED','RESOLVED','RESOLVED','RESOLVED','ACKNOWLEDGED',
                               'IN_PROGRESS','IN_PROGRESS','WAITING_FOR_COMPLAINANT'])[1 + n % 10],
                        r, (r + interval '14 days')::date, 'seed', r, 1209600, 'Europe/Amsterdam',
                        r + interval '14 days',
                        CASE WHEN n % 10 = 9 THEN r + interval '3 days' END,
                        CASE n % 7 WHEN 0 THEN 'chris.handler' WHEN 1 THEN 'yara.handler' END,
                        CASE WHEN n % 10 < 6 THEN r + interval '5 days' END,
                        CASE WHEN n % 10 < 6 THEN true END
                    FROM generate_series(1, ROWS) AS n,
                         LATERAL (SELECT timestamptz '2019-01-01 00:00:00+00' + n * interval '5 minutes') AS t(r)
                    """.replace("ROWS", String.valueOf(rows)));
            s.execute("ANALYZE complaint");
        }
    }

    private static String file(String username, String site, String receivedAt) {
        return as(username).body(Map.of("site", site, "channel", "phone", "category", "other",
                        "subject", "Wachtrij", "description", "De klant beschrijft het probleem.", "language", "nl",
                        "receivedAt", receivedAt))
                .post("/api/complaints").then().statusCode(201).extract().path("id");
    }

    private static List<String> ids(String username, String query) {
        return as(username).get("/api/complaints?" + query).then().statusCode(200).extract().jsonPath()
                .getList("items.id");
    }
}
