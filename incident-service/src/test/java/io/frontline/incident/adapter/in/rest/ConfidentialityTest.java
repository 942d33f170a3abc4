package io.frontline.incident.adapter.in.rest;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.frontline.incident.Reports.report;
import static io.frontline.incident.Reports.statement;
import static io.frontline.platform.testing.infra.Tokens.bearer;
import static io.frontline.platform.testing.infra.Tokens.user;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/** Statements are confidential: the site's manager, HQ safety and the author; every read is audited. */
@QuarkusTest
class ConfidentialityTest {

    @Test
    void staff_of_one_site_cannot_read_another_sites_incident_or_its_statements() {
        String id = (String) report("daan.staff", "utr-centraal", List.of("threat"), null).get("id");
        statement("daan.staff", id, "victim", "Hij dreigde me op te wachten.");

        given().header("Authorization", bearer(user("emma.staff"))).get("/api/incidents/" + id).then()
                .statusCode(403);
        given().header("Authorization", bearer(user("emma.staff"))).get("/api/incidents/" + id + "/statements")
                .then().statusCode(404).contentType("application/problem+json");
        given().header("Authorization", bearer(user("sanne.manager"))).get("/api/incidents/" + id + "/statements")
                .then().statusCode(404);
        given().header("Authorization", bearer(user("emma.staff"))).contentType("application/json")
                .body(java.util.Map.of("authorRole", "witness", "text", "Ik was er niet"))
                .post("/api/incidents/" + id + "/statements").then().statusCode(404);
    }

    @Test
    void the_sites_manager_reads_all_statements_an_author_only_their_own_a_regional_manager_none() {
        String id = (String) report("daan.staff", "utr-centraal", List.of("verbal-abuse"), null).get("id");
        statement("daan.staff", id, "victim", "Hij schold me uit.");
        statement("bram.manager", id, "uninvolved", "Ik hoorde het geschreeuw vanuit het kantoor.");

        given().header("Authorization", bearer(user("bram.manager"))).get("/api/incidents/" + id + "/statements")
                .then().statusCode(200).body("", hasSize(2))
                .body("authorRole", containsInAnyOrder("victim", "uninvolved"));
        given().header("Authorization", bearer(user("daan.staff"))).get("/api/incidents/" + id + "/statements")
                .then().statusCode(200).body("", hasSize(1)).body("[0].author", equalTo("daan.staff"));
        given().header("Authorization", bearer(user("henk.hq"))).get("/api/incidents/" + id + "/statements")
                .then().statusCode(200).body("", hasSize(2));
        given().header("Authorization", bearer(user("noor.regional"))).get("/api/incidents/" + id + "/statements")
                .then().statusCode(404);
    }

    @Test
    void every_read_of_statements_or_evidence_is_in_the_audit_trail_that_only_hq_safety_reads() {
        String id = (String) report("daan.staff", "utr-centraal", List.of("verbal-abuse"), null).get("id");
        statement("daan.staff", id, "victim", "Hij schold me uit.");
        given().header("Authorization", bearer(user("henk.hq"))).get("/api/incidents/" + id + "/audit")
                .then().statusCode(200).body("", hasSize(0));

        given().header("Authorization", bearer(user("bram.manager"))).get("/api/incidents/" + id + "/statements")
                .then().statusCode(200);
        given().header("Authorization", bearer(user("noor.regional"))).get("/api/incidents/" + id + "/evidence")
                .then().statusCode(200);
        given().header("Authorization", bearer(user("emma.staff"))).get("/api/incidents/" + id + "/statements")
                .then().statusCode(404);

        given().header("Authorization", bearer(user("henk.hq"))).get("/api/incidents/" + id + "/audit")
                .then().statusCode(200)
                .body("actor", contains("bram.manager", "noor.regional"))
                .body("action", contains("read-statements", "read-evidence"));
        given().header("Authorization", bearer(user("bram.manager"))).get("/api/incidents/" + id + "/audit")
                .then().statusCode(403);
    }
}
