package io.frontline.sanction.adapter.in.rest;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.frontline.platform.testing.infra.Tokens.bearer;
import static io.frontline.platform.testing.infra.Tokens.user;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

/** The ladder an administrator sees is the ladder the service proposes by (issue 14). */
@QuarkusTest
class LadderPolicyViewTest {

    @Test
    void an_administrator_sees_seed_001s_ladder_as_loaded() {
        given().header("Authorization", bearer(user("ada.admin"))).get("/api/admin/configuration/ladder")
                .then().statusCode(200)
                .body("steps.step", contains("first", "repeat", "further", "critical"))
                .body("steps.ban", contains("P1M", "P3M", "P6M", "P6M"))
                .body("repeatWindow", equalTo("P12M"))
                .body("criticalTypes", hasItems("physical-violence", "sexual-harassment"))
                .body("contactBanAlternative", equalTo("written"));
    }

    @Test
    void hq_safety_may_read_the_ladder_and_a_manager_may_not() {
        given().header("Authorization", bearer(user("henk.hq"))).get("/api/admin/configuration/ladder")
                .then().statusCode(200);
        given().header("Authorization", bearer(user("sanne.manager"))).get("/api/admin/configuration/ladder")
                .then().statusCode(403);
        given().get("/api/admin/configuration/ladder").then().statusCode(401);
    }
}
