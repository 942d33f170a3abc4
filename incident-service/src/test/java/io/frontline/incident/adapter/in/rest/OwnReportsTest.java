package io.frontline.incident.adapter.in.rest;

import io.frontline.platform.testing.MutableClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import java.util.List;
import java.util.Map;

import static io.frontline.incident.Reports.statement;
import static io.frontline.incident.Reports.step;
import static io.frontline.platform.testing.infra.Tokens.bearer;
import static io.frontline.platform.testing.infra.Tokens.user;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** "My reports": an employee follows what became of their own reports, and sees nothing that is not theirs. */
@QuarkusTest
class OwnReportsTest {
    private static final String PHONE = "06-7731 2954";

    @AfterEach
    void resetClock() {
        MutableClock.shared().reset();
    }

    @Test
    void an_employee_sees_only_their_own_reports_newest_first_and_nothing_of_statements_or_the_perpetrator() {
        String older = (String) report("emma.staff", "ams-centrum", Map.of("identifierKind", "phone",
                "identifier", PHONE, "description", "Lange man met groene pet"), List.of("Joost de Wit"),
                List.of("Karin Smit")).get("id");
        MutableClock.shared().advance(Duration.ofMinutes(5));
        String newer = (String) report("emma.staff", "ams-centrum", null, List.of(), List.of()).get("id");
        String colleagues = (String) report("sanne.manager", "ams-centrum", null, List.of(), List.of()).get("id");
        String elsewhere = (String) report("daan.staff", "utr-centraal", null, List.of(), List.of()).get("id");
        step("sanne.manager", older, "triage", null).statusCode(200);
        step("sanne.manager", older, "investigation", null).statusCode(200);
        statement("sanne.manager", older, "witness", "Verklaring van de beveiliger over het duwen");

        String body = mine("emma.staff").extract().asString();
        JsonPath json = JsonPath.from(body);
        List<String> ids = json.getList("reports.id", String.class);
        assertThat(ids).contains(older, newer).doesNotContain(colleagues, elsewhere);
        assertThat(ids.indexOf(newer)).isLessThan(ids.indexOf(older));
        assertThat(json.getString("reports.find { it.id == '" + older + "' }.status")).isEqualTo("under-investigation");
        assertThat(json.getList("reports.find { it.id == '" + older + "' }.types")).containsExactly("threat");
        assertThat(body).doesNotContain(PHONE, "7731", "groene pet", "Joost", "Karin", "beveiliger", "sk1_",
                "Klant dreigde", "perpetrator", "statement", "evidence", "victims", "witnesses", "description");

        List<String> daans = mine("daan.staff").extract().jsonPath().getList("reports.id", String.class);
        assertThat(daans).contains(elsewhere).doesNotContain(older, newer, colleagues);
    }

    @Test
    void the_reporter_sees_the_outcome_the_prevention_note_and_the_care_meant_for_them() {
        String id = (String) report("emma.staff", "ams-centrum", null, List.of(), List.of()).get("id");
        step("sanne.manager", id, "triage", null).statusCode(200);
        step("sanne.manager", id, "investigation", null).statusCode(200);
        // A witness other than the manager who confirms: the confirmer's own statement does not count (seed 000).
        statement("noor.regional", id, "witness", "Ik stond ernaast.");
        step("sanne.manager", id, "confirmation", null).statusCode(200);
        step("sanne.manager", id, "closure", "Tweede medewerker bij de balie op zaterdag").statusCode(200);

        JsonPath json = mine("emma.staff").extract().jsonPath();
        String mine = "reports.find { it.id == '" + id + "' }";
        assertThat(json.getString(mine + ".status")).isEqualTo("closed");
        assertThat(json.getString(mine + ".outcome")).isEqualTo("confirmed");
        assertThat(json.getString(mine + ".preventionNote")).isEqualTo("Tweede medewerker bij de balie op zaterdag");
        assertThat(json.getList(mine + ".careTasks.task")).containsExactly("immediate-safety-check", "debrief",
                "follow-up", "stress-check");
        assertThat(json.getList(mine + ".careTasks.status")).containsOnly("open");
        assertThat(json.getList(mine + ".careTasks.dueAt")).doesNotContainNull();
    }

    @Test
    void a_report_not_yet_closed_shows_no_prevention_note_and_roles_that_never_report_are_refused() {
        String id = (String) report("emma.staff", "ams-centrum", null, List.of(), List.of()).get("id");
        JsonPath json = mine("emma.staff").extract().jsonPath();
        assertThat(json.getString("reports.find { it.id == '" + id + "' }.outcome")).isNull();
        assertThat(json.getString("reports.find { it.id == '" + id + "' }.preventionNote")).isNull();

        given().get("/api/incidents/mine").then().statusCode(401);
        given().header("Authorization", bearer(user("chris.handler"))).get("/api/incidents/mine").then()
                .statusCode(403).contentType("application/problem+json");
    }

    private static io.restassured.response.ValidatableResponse mine(String username) {
        return given().header("Authorization", bearer(user(username))).get("/api/incidents/mine").then()
                .statusCode(200);
    }

    private static Map<String, Object> report(String username, String site, Map<String, Object> perpetrator,
                                              List<String> victims, List<String> witnesses) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("site", site, "types", List.of("threat"),
                "description", "Klant dreigde terug te komen.", "victims", victims, "witnesses", witnesses));
        if (perpetrator != null) {
            body.put("perpetrator", perpetrator);
        }
        return given().header("Authorization", bearer(user(username))).contentType(ContentType.JSON).body(body)
                .post("/api/incidents").then().statusCode(201).extract().jsonPath().getMap("$");
    }
}
