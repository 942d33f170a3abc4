package io.frontline.sanction.adapter.in.rest;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.frontline.platform.testing.infra.Tokens.audience;
import static io.frontline.platform.testing.infra.Tokens.bearer;
import static io.frontline.platform.testing.infra.Tokens.client;
import static io.frontline.sanction.SanctionApi.newSubjectKey;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * Issue 17: the door systems and the call-center platform check bans (sanction-service's client role
 * {@code ban-check}), notification-service asks for a ban notice's secret ({@code ban-notice-secret}) and nothing
 * else; a token is accepted only when it is issued for sanction-service, so the mail gateway's is refused.
 */
@QuarkusTest
class IntegrationClientScopeTest {

    @Test
    void the_door_system_and_the_call_center_platform_check_bans_at_their_own_sites() {
        given().header("Authorization", bearer(client("door-system"))).queryParam("subjectKey", newSubjectKey())
                .queryParam("site", "ams-centrum").get("/api/bans/check").then().statusCode(200)
                .body("banned", equalTo(false));
        given().header("Authorization", bearer(client("callcenter-platform"))).queryParam("subjectKey", newSubjectKey())
                .queryParam("site", "cc-rotterdam").get("/api/bans/check").then().statusCode(200)
                .body("banned", equalTo(false));
    }

    @Test
    void the_mail_gateway_cannot_check_bans_its_token_is_not_for_this_service() {
        String gateway = client("mail-gateway");
        assertThat(audience(gateway)).doesNotContain("sanction-service");
        given().header("Authorization", bearer(gateway)).queryParam("subjectKey", newSubjectKey())
                .queryParam("site", "cc-rotterdam").get("/api/bans/check").then().statusCode(401);
        given().header("Authorization", bearer(gateway)).get("/api/bans/ping").then().statusCode(401);
    }

    @Test
    void notification_service_asks_for_notice_secrets_but_does_not_check_bans() {
        assertThat(audience(client("notification-service"))).contains("sanction-service");
        given().header("Authorization", bearer(client("notification-service"))).queryParam("subjectKey", newSubjectKey())
                .queryParam("site", "ams-centrum").get("/api/bans/check").then().statusCode(403)
                .contentType("application/problem+json");
        given().header("Authorization", bearer(client("notification-service"))).get("/api/bans/ping").then()
                .statusCode(403);
    }

    @Test
    void a_door_system_cannot_ask_for_a_ban_notices_secret() {
        given().header("Authorization", bearer(client("door-system")))
                .post("/api/internal/ban-notices/BAN-2026-000001/secret").then().statusCode(403)
                .contentType("application/problem+json");
    }
}
