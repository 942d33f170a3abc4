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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static io.frontline.incident.Reports.step;
import static io.frontline.platform.testing.infra.Tokens.bearer;
import static io.frontline.platform.testing.infra.Tokens.user;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

/**
 * Work queues (issue 13): each person who acts lists what needs them, a page at a time — and never a row of a site
 * they do not oversee. Each test reports in a window of time of its own (the test clock set far back, a random
 * day) and lists with that window as a filter, so the other tests' incidents stay out of its pages.
 */
@QuarkusTest
class WorkQueuesTest {
    @AfterEach
    void resetClock() {
        MutableClock.shared().reset();
    }

    /** A day of its own for the test, some years back: nothing else in the run was reported then. */
    private static Instant windowStart() {
        Instant start = Instant.parse("2021-01-01T08:00:00Z").plus(Duration.ofDays(ThreadLocalRandom.current()
                .nextInt(0, 1000)));
        MutableClock.shared().set(start);
        return start;
    }

    private static String report(String user, String site, List<String> types, boolean danger) {
        Map<String, Object> body = new HashMap<>(Map.of("site", site, "types", types,
                "description", "Klant werd agressief aan de balie.", "immediateDanger", danger));
        String id = given().header("Authorization", bearer(user(user))).contentType(ContentType.JSON).body(body)
                .post("/api/incidents").then().statusCode(201).extract().path("id");
        MutableClock.shared().advance(Duration.ofMinutes(1));
        return id;
    }

    private static ValidatableResponse list(String user, String query) {
        return given().header("Authorization", bearer(user(user))).get("/api/incidents?" + query).then();
    }

    private static List<String> ids(String user, String query) {
        return list(user, query).statusCode(200).extract().jsonPath().getList("items.id", String.class);
    }

    @Test
    void a_site_manager_lists_only_their_sites_incidents_a_regional_manager_their_region_and_hq_safety_the_chain() {
        Instant from = windowStart();
        String amsterdam = report("emma.staff", "ams-centrum", List.of("threat"), false);
        String utrecht = report("daan.staff", "utr-centraal", List.of("threat"), false);
        String window = "from=" + from + "&to=" + from.plus(Duration.ofHours(1));

        // Another test's incident may land in the same window (work the service finishes after that test ended):
        // what matters is whose incidents each person sees, so each list is checked for these two.
        assertThat(ids("sanne.manager", window)).contains(amsterdam).doesNotContain(utrecht);
        assertThat(ids("bram.manager", window)).contains(utrecht).doesNotContain(amsterdam);
        assertThat(ids("fleur.manager", window)).as("ein-centrum's manager").doesNotContain(amsterdam, utrecht);
        assertThat(ids("noor.regional", window)).as("region north").contains(amsterdam, utrecht);
        assertThat(ids("thijs.regional", window)).as("region south").doesNotContain(amsterdam, utrecht);
        assertThat(ids("henk.hq", window)).contains(amsterdam, utrecht);

        assertThat(ids("sanne.manager", window + "&site=utr-centraal"))
                .as("asking for another site's incidents lists nothing, as for a site without any").isEmpty();
        list("emma.staff", window).statusCode(403);
        given().get("/api/incidents").then().statusCode(401);
    }

    @Test
    void the_filters_narrow_the_queue_and_the_most_severe_come_first() {
        Instant from = windowStart();
        String threat = report("emma.staff", "ams-centrum", List.of("threat"), false);
        String abuse = report("emma.staff", "ams-centrum", List.of("verbal-abuse"), false);
        String danger = report("emma.staff", "ams-centrum", List.of("verbal-abuse"), true);
        String demand = report("emma.staff", "ams-centrum", List.of("unreasonable-demand"), false);
        step("sanne.manager", abuse, "triage", null).statusCode(200);
        String window = "from=" + from + "&to=" + from.plus(Duration.ofHours(1));

        assertThat(ids("sanne.manager", window)).as("newest reported first")
                .containsExactly(demand, danger, abuse, threat);
        assertThat(ids("sanne.manager", window + "&sort=reported")).containsExactly(threat, abuse, danger, demand);
        assertThat(ids("sanne.manager", window + "&sort=-severity")).as("critical, high, medium, low")
                .containsExactly(danger, threat, abuse, demand);
        assertThat(ids("sanne.manager", window + "&status=triaged")).containsExactly(abuse);
        assertThat(ids("sanne.manager", window + "&type=verbal-abuse")).containsExactly(danger, abuse);
        assertThat(ids("sanne.manager", window + "&severity=critical")).containsExactly(danger);
        assertThat(ids("sanne.manager", window + "&source=staff-report")).hasSize(4);
        assertThat(ids("sanne.manager", window + "&source=complaint-flag")).isEmpty();
        assertThat(ids("sanne.manager", "dates=reported&from=" + from.plus(Duration.ofSeconds(90)) + "&to="
                + from.plus(Duration.ofMinutes(3)))).as("half-open range on the reported time")
                .containsExactly(danger);
        assertThat(ids("sanne.manager", "dates=occurred&" + window)).hasSize(4);

        JsonPath item = list("sanne.manager", window + "&severity=critical").statusCode(200).extract().jsonPath();
        assertThat(item.getString("items[0].reference")).matches("INC-\\d{4}-\\d{6}");
        assertThat(item.getString("items[0].status")).isEqualTo("reported");
        assertThat(item.getString("items[0].site")).isEqualTo("ams-centrum");
        assertThat(item.getList("items[0].types")).containsExactly("verbal-abuse");
        assertThat(item.getMap("items[0]")).as("a queue line holds no description or perpetrator")
                .doesNotContainKeys("description", "perpetratorSubjectKey", "perpetratorDescription", "victims");
    }

    @Test
    void pages_follow_each_other_without_gaps_or_repeats_in_every_sort() {
        Instant from = windowStart();
        List<String> reported = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            reported.add(report("daan.staff", "utr-centraal", List.of(i % 2 == 0 ? "threat" : "verbal-abuse"), false));
        }
        String window = "from=" + from + "&to=" + from.plus(Duration.ofHours(1));
        for (String sort : List.of("-reported", "reported", "-occurred", "occurred", "-severity", "severity")) {
            List<String> all = ids("bram.manager", window + "&sort=" + sort + "&limit=200");
            List<String> paged = new ArrayList<>();
            String cursor = null;
            int pages = 0;
            do {
                JsonPath page = list("bram.manager", window + "&sort=" + sort + "&limit=3"
                        + (cursor == null ? "" : "&cursor=" + cursor)).statusCode(200).extract().jsonPath();
                paged.addAll(page.getList("items.id", String.class));
                cursor = page.getString("next");
                pages++;
            } while (cursor != null);
            assertThat(paged).as("sort %s", sort).containsExactlyElementsOf(all).hasSize(7)
                    .containsExactlyInAnyOrderElementsOf(reported);
            assertThat(pages).isEqualTo(3);
        }
    }

    @Test
    void bad_filters_a_foreign_cursor_and_a_page_size_out_of_bounds_answer_400_naming_the_field() {
        list("sanne.manager", "status=half-done").statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("status")).body("detail", containsString("under-investigation"))
                .body("detail", not(containsString("half-done")));
        list("sanne.manager", "sort=alphabetical").statusCode(400).body("errors[0].field", equalTo("sort"));
        list("sanne.manager", "from=yesterday").statusCode(400).body("errors[0].field", equalTo("from"));
        list("sanne.manager", "from=2026-11-02T00:00:00Z&to=2026-11-01T00:00:00Z").statusCode(400)
                .body("errors[0].field", equalTo("to"));
        list("sanne.manager", "limit=0").statusCode(400).body("errors[0].field", equalTo("limit"));
        list("sanne.manager", "limit=201").statusCode(400).body("errors[0].field", equalTo("limit"));
        list("sanne.manager", "cursor=bm90LW91cnM").statusCode(400).body("errors[0].field", equalTo("cursor"));
        String severityCursor = list("sanne.manager", "sort=-severity&limit=1").statusCode(200).extract().path("next");
        if (severityCursor != null) {
            list("sanne.manager", "sort=-reported&cursor=" + severityCursor).statusCode(400)
                    .body("errors[0].field", equalTo("cursor"));
        }
    }

    @Test
    void care_tasks_due_soon_or_overdue_are_listed_per_site_earliest_first_and_the_victim_sees_their_own() {
        Instant from = windowStart();
        String amsterdam = report("emma.staff", "ams-centrum", List.of("threat"), false);
        String utrecht = report("daan.staff", "utr-centraal", List.of("threat"), false);
        // Fleur (few reports of her own in this test run, so her list is whole) reports one incident and is named by
        // her user id as a victim of another, reported by an employee in Utrecht.
        String eindhoven = report("fleur.manager", "ein-centrum", List.of("verbal-abuse"), false);
        given().header("Authorization", bearer(user("sanne.manager"))).contentType(ContentType.JSON)
                .body(Map.of("victims", List.of("fleur.manager"))).post("/api/incidents/" + utrecht + "/details")
                .then().statusCode(404);
        given().header("Authorization", bearer(user("bram.manager"))).contentType(ContentType.JSON)
                .body(Map.of("victims", List.of("fleur.manager"))).post("/api/incidents/" + utrecht + "/details")
                .then().statusCode(200);
        MutableClock.shared().advance(Duration.ofHours(5));

        JsonPath overdue = given().header("Authorization", bearer(user("sanne.manager")))
                .get("/api/care-tasks?due=overdue&limit=200").then().statusCode(200).extract().jsonPath();
        assertThat(overdue.getList("items.incidentId", String.class)).as("the safety check is 4 h after the report")
                .contains(amsterdam).doesNotContain(utrecht);
        assertThat(overdue.getList("items.overdue", Boolean.class)).containsOnly(true);
        List<String> dueAt = overdue.getList("items.dueAt", String.class);
        assertThat(dueAt).isSortedAccordingTo((a, b) -> Instant.parse(a).compareTo(Instant.parse(b)));

        JsonPath soon = given().header("Authorization", bearer(user("bram.manager")))
                .get("/api/care-tasks?due=due-soon&within=P2D&site=utr-centraal&limit=200").then().statusCode(200)
                .extract().jsonPath();
        assertThat(soon.getList("items.findAll { it.incidentId == '" + utrecht + "' }.task"))
                .containsExactly("immediate-safety-check", "debrief");
        given().header("Authorization", bearer(user("bram.manager"))).get("/api/care-tasks?site=ams-centrum").then()
                .statusCode(200).body("items", org.hamcrest.Matchers.empty());
        given().header("Authorization", bearer(user("emma.staff"))).get("/api/care-tasks").then().statusCode(403);
        given().header("Authorization", bearer(user("sanne.manager"))).get("/api/care-tasks?due=someday").then()
                .statusCode(400).body("errors[0].field", equalTo("due"));

        JsonPath mine = given().header("Authorization", bearer(user("fleur.manager"))).get("/api/care-tasks/mine")
                .then().statusCode(200).extract().jsonPath();
        assertThat(mine.getList("items.incidentId", String.class)).as("as reporter and as victim")
                .contains(eindhoven, utrecht).doesNotContain(amsterdam);
        JsonPath emmas = given().header("Authorization", bearer(user("emma.staff"))).get("/api/care-tasks/mine").then()
                .statusCode(200).extract().jsonPath();
        assertThat(emmas.getList("items.incidentId", String.class)).as("not hers").doesNotContain(utrecht, eindhoven);
        assertThat(statementFree(mine)).isTrue();
    }

    private static boolean statementFree(JsonPath mine) {
        String body = mine.prettify();
        return !body.contains("description") && !body.contains("statement") && !body.contains("perpetrator");
    }

    @Test
    void suggestions_are_listed_as_a_page_of_the_supervisors_call_centers() {
        given().header("Authorization", bearer(user("ruben.supervisor"))).get("/api/suggested-incidents?limit=2")
                .then().statusCode(200).body("items", org.hamcrest.Matchers.notNullValue());
        given().header("Authorization", bearer(user("ruben.supervisor"))).get("/api/suggested-incidents?status=maybe")
                .then().statusCode(400).body("errors[0].field", equalTo("status"));
        given().header("Authorization", bearer(user("sanne.manager"))).get("/api/suggested-incidents").then()
                .statusCode(200).body("items", org.hamcrest.Matchers.empty()).body("next", org.hamcrest.Matchers.nullValue());
    }
}
