package io.frontline.incident.adapter.in.rest;

import io.frontline.incident.Reports;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.frontline.incident.Reports.report;
import static io.frontline.incident.Reports.statement;
import static io.frontline.platform.testing.infra.Tokens.bearer;
import static io.frontline.platform.testing.infra.Tokens.user;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

/**
 * Every read of a confidential record of an incident or a formal complaint leaves one line in the trail — who, when,
 * what, granted or refused — and only HQ safety and admins review and export it.
 */
@QuarkusTest
class ConfidentialReadTrailTest {

    @Test
    void a_get_by_another_sites_manager_leaves_a_line_marked_refused() {
        String id = (String) report("daan.staff", "utr-centraal", List.of("threat"), null).get("id");
        statement("daan.staff", id, "victim", "Hij dreigde me op te wachten.");

        get("sanne.manager", "/api/incidents/" + id + "/statements").statusCode(404);
        get("sanne.manager", "/api/incidents/" + id + "/evidence").statusCode(404);

        trail("kind", "statements", "actor", "sanne.manager")
                .body("items.findAll { it.target == '" + id + "' }", hasSize(1))
                .body("items.find { it.target == '" + id + "' }.outcome", equalTo("refused"));
        trail("kind", "evidence", "actor", "sanne.manager")
                .body("items.find { it.target == '" + id + "' }.outcome", equalTo("refused"));
    }

    @Test
    void reading_statements_and_evidence_is_granted_in_the_trail_with_who_and_when() {
        String id = (String) report("daan.staff", "utr-centraal", List.of("verbal-abuse"), null).get("id");
        statement("daan.staff", id, "victim", "Hij schold me uit.");

        get("bram.manager", "/api/incidents/" + id + "/statements").statusCode(200);
        get("noor.regional", "/api/incidents/" + id + "/evidence").statusCode(200);

        trail("kind", "statements", "actor", "bram.manager")
                .body("items.find { it.target == '" + id + "' }.outcome", equalTo("granted"));
        trail("kind", "evidence", "actor", "noor.regional")
                .body("items.find { it.target == '" + id + "' }.outcome", equalTo("granted"));
    }

    @Test
    void reading_an_evidence_file_is_in_the_trail_and_so_is_a_refused_attempt() {
        String id = (String) report("daan.staff", "utr-centraal", List.of("threat"), null).get("id");
        String evidenceId = EvidenceFileTest.upload("daan.staff", id, EvidenceFileTest.bytes(2_000), "kassa.jpg",
                "image/jpeg").then().statusCode(201).extract().path("id");
        String file = "/api/incidents/" + id + "/evidence/" + evidenceId + "/file";

        get("bram.manager", file).statusCode(200);
        get("fleur.manager", file).statusCode(404);

        trail("kind", "evidence-file")
                .body("items.find { it.target == '" + evidenceId + "' && it.actor == 'bram.manager' }.outcome",
                        equalTo("granted"))
                .body("items.find { it.target == '" + evidenceId + "' && it.actor == 'fleur.manager' }.outcome",
                        equalTo("refused"));
    }

    @Test
    void reading_a_subjects_history_across_sites_is_in_the_trail() {
        String key = (String) report("emma.staff", "ams-centrum", List.of("verbal-abuse"), Reports.freshEmail())
                .get("perpetratorSubjectKey");

        get("sanne.manager", "/api/subjects/" + key + "/history").statusCode(200);

        trail("kind", "subject-history", "actor", "sanne.manager")
                .body("items.find { it.target == '" + key + "' }.outcome", equalTo("granted"));
    }

    @Test
    void reading_a_formal_complaints_case_file_is_in_the_trail_and_an_outsider_is_refused() {
        String id = given().header("Authorization", bearer(user("emma.staff"))).contentType(ContentType.JSON)
                .body(Map.of("complainant", "emma.staff", "accused", "daan.staff",
                        "complaint", "Daan maakt sinds maart kwetsende opmerkingen tegen mij."))
                .post("/api/procedure/complaints").then().statusCode(201).extract().path("id");

        get("hanna.hr", "/api/procedure/complaints/" + id).statusCode(200);
        get("sanne.manager", "/api/procedure/complaints/" + id).statusCode(404);

        trail("kind", "formal-complaint-case-file")
                .body("items.find { it.target == '" + id + "' && it.actor == 'hanna.hr' }.outcome", equalTo("granted"))
                .body("items.find { it.target == '" + id + "' && it.actor == 'sanne.manager' }.outcome",
                        equalTo("refused"));
    }

    @Test
    void hq_safety_exports_the_trail_as_csv_and_nobody_else_reads_it() {
        String id = (String) report("daan.staff", "utr-centraal", List.of("threat"), null).get("id");
        get("sanne.manager", "/api/incidents/" + id + "/evidence").statusCode(404);

        String csv = given().header("Authorization", bearer(user("henk.hq")))
                .queryParam("outcome", "refused").queryParam("kind", "evidence")
                .get("/api/audit/confidential-reads/export").then().statusCode(200)
                .contentType(startsWith("text/csv")).extract().asString();
        assertThat(csv).startsWith("id,at,actor,kind,target,outcome\r\n")
                .contains(",sanne.manager,evidence," + id + ",refused\r\n").doesNotContain(",granted\r\n");

        get("bram.manager", "/api/audit/confidential-reads").statusCode(403);
        get("carla.counsellor", "/api/audit/confidential-reads/export").statusCode(403);
        given().header("Authorization", bearer(user("ada.admin"))).queryParam("limit", 1)
                .get("/api/audit/confidential-reads").then().statusCode(200).body("items", hasSize(1))
                .body("next", org.hamcrest.Matchers.notNullValue());
    }

    private static ValidatableResponse get(String username, String path) {
        return given().header("Authorization", bearer(user(username))).get(path).then();
    }

    private static ValidatableResponse trail(String... filters) {
        var request = given().header("Authorization", bearer(user("henk.hq"))).queryParam("limit", 200);
        for (int i = 0; i < filters.length; i += 2) {
            request = request.queryParam(filters[i], filters[i + 1]);
        }
        return request.get("/api/audit/confidential-reads").then().statusCode(200);
    }
}
