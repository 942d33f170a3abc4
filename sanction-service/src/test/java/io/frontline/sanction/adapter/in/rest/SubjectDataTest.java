package io.frontline.sanction.adapter.in.rest;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.frontline.platform.testing.infra.Tokens.bearer;
import static io.frontline.platform.testing.infra.Tokens.user;
import static io.frontline.sanction.SanctionApi.approve;
import static io.frontline.sanction.SanctionApi.newSubjectKey;
import static io.frontline.sanction.SanctionApi.post;
import static io.frontline.sanction.SanctionApi.propose;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/**
 * A customer's request, by subject key: HQ safety or an admin sees every measure against them; erasure deletes the
 * ended ones and keeps an active ban, saying why.
 */
@QuarkusTest
class SubjectDataTest {

    @Test
    void erasure_deletes_ended_measures_and_keeps_the_active_ban_with_its_reason() {
        String subject = newSubjectKey();
        String active = entryBan(subject);
        approve("henk.hq", active).statusCode(200);
        String rejected = entryBan(subject);
        post("henk.hq", "/api/measures/" + rejected + "/reject", Map.of("reason", "Disproportionate")).statusCode(200);

        given().header("Authorization", bearer(user("henk.hq"))).get("/api/subjects/" + subject + "/data").then()
                .statusCode(200).body("service", equalTo("sanction-service"))
                .body("subjectKey", equalTo(subject))
                .body("held.find { it.kind == 'measures' }.items.id", containsInAnyOrder(active, rejected));
        given().header("Authorization", bearer(user("sanne.manager"))).delete("/api/subjects/" + subject + "/data")
                .then().statusCode(403).contentType("application/problem+json");

        given().header("Authorization", bearer(user("ada.admin"))).delete("/api/subjects/" + subject + "/data").then()
                .statusCode(200).body("erased.find { it.kind == 'measures' }.count", equalTo(1))
                .body("kept", hasSize(1)).body("kept[0].kind", equalTo("measures"))
                .body("kept[0].reference", equalTo(active))
                .body("kept[0].reason", containsString("in force"));
        given().header("Authorization", bearer(user("henk.hq"))).get("/api/subjects/" + subject + "/data").then()
                .statusCode(200).body("held.find { it.kind == 'measures' }.items.id", contains(active));
    }

    private static String entryBan(String subject) {
        return propose("sanne.manager", Map.of("type", "entry-ban", "subjectKey", subject, "site", "ams-centrum",
                "duration", "P1M", "reason", "Threatened staff at the till", "entry", Map.of("coverage", "chain")))
                .statusCode(201).extract().path("id");
    }
}
