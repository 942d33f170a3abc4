package io.frontline.incident.adapter.in.rest;

import io.frontline.incident.Reports;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.frontline.incident.Reports.report;
import static io.frontline.incident.Reports.step;
import static io.frontline.platform.testing.infra.Tokens.bearer;
import static io.frontline.platform.testing.infra.Tokens.user;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/**
 * A customer's request, by subject key: HQ safety or an admin sees every incident that names them, and erasing
 * unlinks them from closed incidents while an open incident keeps naming them, with the reason.
 */
@QuarkusTest
class SubjectDataTest {

    @Test
    void hq_safety_exports_every_incident_naming_the_customer_and_erasure_keeps_only_what_an_open_case_holds() {
        String email = Reports.freshEmail();
        String closed = Reports.confirmedAtUtrecht(email, List.of("threat"));
        step("bram.manager", closed, "closure", "Gesprek met de klant gevoerd.").statusCode(200);
        var open = report("emma.staff", "ams-centrum", List.of("verbal-abuse"), email);
        String key = (String) open.get("perpetratorSubjectKey");

        given().header("Authorization", bearer(user("henk.hq"))).get("/api/subjects/" + key + "/data").then()
                .statusCode(200).body("service", equalTo("incident-service"))
                .body("subjectKey", equalTo(key))
                .body("held.find { it.kind == 'incidents' }.items.id", containsInAnyOrder(closed, open.get("id")));
        given().header("Authorization", bearer(user("sanne.manager"))).get("/api/subjects/" + key + "/data").then()
                .statusCode(403).contentType("application/problem+json");

        given().header("Authorization", bearer(user("ada.admin"))).delete("/api/subjects/" + key + "/data").then()
                .statusCode(200).body("service", equalTo("incident-service"))
                .body("erased.find { it.kind == 'incidents' }.count", equalTo(1))
                .body("kept", hasSize(1)).body("kept[0].kind", equalTo("incidents"))
                .body("kept[0].reference", equalTo(open.get("reference")))
                .body("kept[0].reason", containsString("still being handled"));

        given().header("Authorization", bearer(user("henk.hq"))).get("/api/subjects/" + key + "/data").then()
                .statusCode(200).body("held.find { it.kind == 'incidents' }.items.id", contains(open.get("id")));
        given().header("Authorization", bearer(user("henk.hq"))).get("/api/subjects/not-a-key/data").then()
                .statusCode(404).contentType("application/problem+json");
        given().header("Authorization", bearer(user("henk.hq"))).queryParam("kind", "subject-data")
                .get("/api/audit/confidential-reads").then().statusCode(200)
                .body("items.findAll { it.target == '" + key + "' && it.actor == 'henk.hq' }", hasSize(2));
    }
}
