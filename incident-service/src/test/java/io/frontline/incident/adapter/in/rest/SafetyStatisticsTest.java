package io.frontline.incident.adapter.in.rest;

import io.frontline.platform.testing.MutableClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static io.frontline.incident.Reports.body;
import static io.frontline.incident.Reports.freshEmail;
import static io.frontline.incident.Reports.statement;
import static io.frontline.incident.Reports.step;
import static io.frontline.platform.testing.infra.Tokens.bearer;
import static io.frontline.platform.testing.infra.Tokens.user;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * Safety analytics (issue 14): the figures of a day whose incidents the test made itself, every expected figure
 * worked out by hand from the timeline below, and the scope rules — a manager of another site never reads them.
 *
 * <pre>
 * t0       ams A1 threat (high), customer E          care: immediate safety check done at once
 * t0+2h    A1 triaged (2 h)
 * t0+3h    A1 under investigation, a witness who was not involved (noor.regional) gives a statement
 * t0+4h    A1 confirmed (4 h), police report filed;  ams A2 verbal abuse (medium) reported
 * t0+4h30  ams A3 unreasonable demand (low), customer E again
 * t0+8h    A2 triaged (4 h), under investigation
 * t0+10h   A2 unfounded (6 h);  utr U1 threat (high), customer E again
 * </pre>
 */
@QuarkusTest
class SafetyStatisticsTest {
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    @AfterEach
    void resetClock() {
        MutableClock.shared().reset();
    }

    private static String report(String user, String site, List<String> types, String email) {
        return given().header("Authorization", bearer(user(user))).contentType(ContentType.JSON)
                .body(body(site, types, email)).post("/api/incidents").then().statusCode(201).extract().path("id");
    }

    private static void at(Instant t0, Duration after) {
        MutableClock.shared().set(t0.plus(after));
    }

    private static ValidatableResponse stats(String user, String query) {
        return given().header("Authorization", bearer(user(user))).get("/api/incidents/stats?" + query).then();
    }

    /** A day of its own, years back (07:00 UTC, morning in Amsterdam): nothing else in the run was reported then. */
    private static Instant dayOfItsOwn() {
        return LocalDate.of(2012, 1, 2).plusDays(ThreadLocalRandom.current().nextInt(0, 1500))
                .atTime(7, 0).toInstant(java.time.ZoneOffset.UTC);
    }

    record Day(Instant t0, LocalDate date, String a1, String a2, String a3, String u1) {
    }

    private static Day aDayOfIncidents() {
        Instant t0 = dayOfItsOwn();
        String e = freshEmail();
        at(t0, Duration.ZERO);
        String a1 = report("emma.staff", "ams-centrum", List.of("threat"), e);
        List<Map<String, Object>> plan = given().header("Authorization", bearer(user("sanne.manager")))
                .get("/api/incidents/" + a1 + "/care-plan").then().statusCode(200).extract().jsonPath().getList("$");
        String safetyCheck = (String) plan.stream().filter(t -> "immediate-safety-check".equals(t.get("task")))
                .findFirst().orElseThrow().get("id");
        given().header("Authorization", bearer(user("sanne.manager"))).contentType(ContentType.JSON)
                .body(Map.of("note", "Veilig, collega is naar huis gebracht."))
                .post("/api/incidents/" + a1 + "/care-plan/tasks/" + safetyCheck + "/done").then().statusCode(200);
        at(t0, Duration.ofHours(2));
        step("sanne.manager", a1, "triage", null).statusCode(200);
        at(t0, Duration.ofHours(3));
        step("sanne.manager", a1, "investigation", null).statusCode(200);
        statement("noor.regional", a1, "witness", "Ik stond erbij en hoorde de dreiging.");
        at(t0, Duration.ofHours(4));
        step("sanne.manager", a1, "confirmation", null).statusCode(200);
        given().header("Authorization", bearer(user("sanne.manager"))).contentType(ContentType.JSON)
                .body(Map.of("station", "Politiebureau Amsterdam-Centrum", "reference", "PL1300-000001",
                        "filedOn", LocalDate.ofInstant(t0, AMSTERDAM).toString()))
                .put("/api/incidents/" + a1 + "/police-report").then().statusCode(200);
        String a2 = report("emma.staff", "ams-centrum", List.of("verbal-abuse"), null);
        at(t0, Duration.ofMinutes(270));
        String a3 = report("emma.staff", "ams-centrum", List.of("unreasonable-demand"), e);
        at(t0, Duration.ofHours(8));
        step("sanne.manager", a2, "triage", null).statusCode(200);
        step("sanne.manager", a2, "investigation", null).statusCode(200);
        at(t0, Duration.ofHours(10));
        step("sanne.manager", a2, "unfounded", "Camerabeelden tonen een rustig gesprek.").statusCode(200);
        String u1 = report("daan.staff", "utr-centraal", List.of("threat"), e);
        return new Day(t0, LocalDate.ofInstant(t0, AMSTERDAM), a1, a2, a3, u1);
    }

    @Test
    void a_site_manager_reads_their_sites_figures_worked_out_by_hand_and_drills_from_a_heat_map_cell_to_exactly_those_incidents() {
        Day day = aDayOfIncidents();
        String period = "from=" + day.date() + "&to=" + day.date();

        JsonPath ams = stats("sanne.manager", period + "&groupBy=severity").statusCode(200).extract().jsonPath();
        assertThat(ams.getList("sites")).containsExactly("ams-centrum");
        assertThat(ams.getLong("headline.reported")).isEqualTo(3);
        assertThat(ams.getLong("headline.confirmed")).isEqualTo(1);
        assertThat(ams.getLong("headline.unfounded")).isEqualTo(1);
        assertThat(ams.getLong("headline.withIndependentStatement")).as("A1's witness").isEqualTo(1);
        assertThat(ams.getDouble("headline.shareWithIndependentStatement")).isCloseTo(1.0 / 3, within());
        assertThat(ams.getLong("headline.reportToTriage.count")).isEqualTo(2);
        assertThat(ams.getDouble("headline.reportToTriage.median")).as("(2 h + 4 h) / 2").isEqualTo(3.0);
        assertThat(ams.getDouble("headline.reportToTriage.p90")).as("nearest rank of two: the larger").isEqualTo(4.0);
        assertThat(ams.getDouble("headline.reportToDecision.median")).as("(4 h + 6 h) / 2").isEqualTo(5.0);
        assertThat(ams.getDouble("headline.reportToDecision.p90")).isEqualTo(6.0);
        assertThat(ams.getLong("headline.policeReports.recommended")).as("the threat only").isEqualTo(1);
        assertThat(ams.getLong("headline.policeReports.filed")).isEqualTo(1);
        assertThat(ams.getLong("headline.careTasks.doneOnTime")).isEqualTo(1);
        assertThat(ams.getLong("headline.repeatSubjects")).as("customer E, twice at Amsterdam").isEqualTo(1);
        assertThat(ams.getLong("headline.incidentsOfRepeatSubjects")).isEqualTo(2);
        assertThat(ams.getLong("headline.subjectsSeenAtSeveralSites")).as("Utrecht is not in her scope").isZero();
        assertThat(ams.getMap("headline")).as("counts only: no subject keys").doesNotContainKey("subjectKeys");
        assertThat(ams.prettify()).doesNotContain("@example.nl");

        assertThat(ams.getList("groups.key")).containsExactly("high", "low", "medium");
        assertThat(ams.getList("groups.reported", Long.class)).containsExactly(1L, 1L, 1L);
        assertThat(ams.getList("weeklyBySeverity")).hasSize(1);
        assertThat(ams.getString("weeklyBySeverity[0].weekStarting"))
                .isEqualTo(day.date().with(java.time.DayOfWeek.MONDAY).toString());
        assertThat(ams.getLong("weeklyBySeverity[0].high")).isEqualTo(1);
        assertThat(ams.getLong("weeklyBySeverity[0].medium")).isEqualTo(1);
        assertThat(ams.getLong("weeklyBySeverity[0].low")).isEqualTo(1);
        assertThat(ams.getLong("weeklyBySeverity[0].total")).isEqualTo(3);

        // A2 and A3 happened in the same hour of Amsterdam's clock; A1 four hours earlier.
        ZonedDateTime a2Local = day.t0().plus(Duration.ofHours(4)).atZone(AMSTERDAM);
        ZonedDateTime a1Local = day.t0().atZone(AMSTERDAM);
        assertThat(ams.getList("heatMap")).hasSize(2);
        assertThat(ams.getInt("heatMap[0].weekday")).isEqualTo(a1Local.getDayOfWeek().getValue());
        assertThat(ams.getInt("heatMap[0].hour")).isEqualTo(a1Local.getHour());
        assertThat(ams.getLong("heatMap[0].count")).isEqualTo(1);
        assertThat(ams.getInt("heatMap[1].hour")).isEqualTo(a2Local.getHour());
        assertThat(ams.getLong("heatMap[1].count")).isEqualTo(2);

        String drill = "site=ams-centrum&dates=" + ams.getString("drillDown.dates") + "&from="
                + ams.getString("drillDown.from") + "&to=" + ams.getString("drillDown.to") + "&weekday="
                + ams.getInt("heatMap[1].weekday") + "&hour=" + ams.getInt("heatMap[1].hour");
        List<String> listed = given().header("Authorization", bearer(user("sanne.manager")))
                .get("/api/incidents?" + drill).then().statusCode(200).extract().jsonPath().getList("items.id");
        assertThat(listed).as("the cell's two incidents, newest first").containsExactly(day.a3(), day.a2());

        String csv = given().header("Authorization", bearer(user("sanne.manager")))
                .get("/api/incidents/export?" + drill).then().statusCode(200)
                .contentType(containsString("text/csv")).extract().asString();
        assertThat(csv.split("\r\n")).hasSize(3);
        assertThat(csv).startsWith("reference,site,types,severity,status,source,occurred-at,reported-at,outcome")
                .contains("unreasonable-demand").contains("verbal-abuse").doesNotContain("@example.nl");
    }

    @Test
    void hq_safety_sees_the_chain_and_a_customer_seen_at_two_sites_counts_once_without_a_key() {
        Day day = aDayOfIncidents();
        String period = "from=" + day.date() + "&to=" + day.date();
        JsonPath chain = stats("henk.hq", period + "&groupBy=site").statusCode(200).extract().jsonPath();
        assertThat(chain.getLong("headline.reported")).isEqualTo(4);
        assertThat(chain.getList("groups.key")).containsExactly("ams-centrum", "utr-centraal");
        assertThat(chain.getList("groups.reported", Long.class)).containsExactly(3L, 1L);
        assertThat(chain.getLong("headline.repeatSubjects")).isEqualTo(1);
        assertThat(chain.getLong("headline.incidentsOfRepeatSubjects")).isEqualTo(3);
        assertThat(chain.getLong("headline.subjectsSeenAtSeveralSites")).isEqualTo(1);
        assertThat(chain.getLong("headline.policeReports.recommended")).as("two threats").isEqualTo(2);

        JsonPath north = stats("noor.regional", period + "&groupBy=region").statusCode(200).extract().jsonPath();
        assertThat(north.getList("groups.key")).containsExactly("north");
        assertThat(north.getLong("headline.reported")).isEqualTo(4);

        String csv = given().header("Authorization", bearer(user("henk.hq")))
                .get("/api/incidents/stats/export?chart=weekly-by-severity&" + period).then().statusCode(200)
                .header("Content-Disposition", containsString("attachment")).extract().asString();
        assertThat(csv).isEqualTo("week-starting,low,medium,high,critical,total\r\n"
                + day.date().with(java.time.DayOfWeek.MONDAY) + ",1,1,2,0,4\r\n");
    }

    @Test
    void a_manager_of_another_site_cannot_read_a_sites_figures_nor_export_them() {
        Day day = aDayOfIncidents();
        String period = "from=" + day.date() + "&to=" + day.date();

        stats("bram.manager", period + "&site=ams-centrum").statusCode(403)
                .contentType(containsString("application/problem+json"));
        given().header("Authorization", bearer(user("bram.manager")))
                .get("/api/incidents/stats/export?chart=heat-map&site=ams-centrum&" + period).then().statusCode(403);
        given().header("Authorization", bearer(user("bram.manager")))
                .get("/api/incidents/export?site=ams-centrum").then().statusCode(403);
        stats("sanne.manager", period + "&region=south").statusCode(403);
        assertThat(stats("bram.manager", period).statusCode(200).extract().jsonPath().getLong("headline.reported"))
                .as("his own site only: U1").isEqualTo(1);
        assertThat(stats("fleur.manager", period).statusCode(200).extract().jsonPath().getLong("headline.reported"))
                .isZero();
        stats("emma.staff", period).statusCode(403);
        given().get("/api/incidents/stats?" + period).then().statusCode(401);
    }

    @Test
    void a_period_that_ends_before_it_starts_or_an_unknown_grouping_is_refused_as_problem_json() {
        stats("henk.hq", "from=2026-11-30&to=2026-11-01").statusCode(422)
                .contentType(containsString("application/problem+json"));
        stats("henk.hq", "from=2026-11-01&to=2026-11-30&groupBy=colour").statusCode(400)
                .contentType(containsString("application/problem+json")).body(containsString("severity"))
                .body(org.hamcrest.Matchers.not(containsString("colour")));
        stats("henk.hq", "from=1-11-2026&to=2026-11-30").statusCode(400);
        stats("henk.hq", "to=2026-11-30").statusCode(400);
        stats("henk.hq", "from=2020-01-01&to=2026-11-30").statusCode(422);
        given().header("Authorization", bearer(user("henk.hq")))
                .get("/api/incidents/stats/export?chart=pie&from=2026-11-01&to=2026-11-30").then().statusCode(400);
        given().header("Authorization", bearer(user("henk.hq")))
                .get("/api/incidents?weekday=3&hour=9").then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.hasItem("site"));
    }

    private static org.assertj.core.data.Offset<Double> within() {
        return org.assertj.core.data.Offset.offset(0.001);
    }
}
