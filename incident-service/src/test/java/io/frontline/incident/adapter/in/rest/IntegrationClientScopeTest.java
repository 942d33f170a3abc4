package io.frontline.incident.adapter.in.rest;

import io.restassured.http.ContentType;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.frontline.platform.testing.infra.Tokens.audience;
import static io.frontline.platform.testing.infra.Tokens.bearer;
import static io.frontline.platform.testing.infra.Tokens.client;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17: the call-center platform streams calls and reports incidents here (incident-service's client roles
 * {@code call-stream} and {@code report}); a token is accepted only when it is issued for incident-service, so the
 * door system's and the mail gateway's tokens are refused whatever their roles elsewhere.
 */
@QuarkusTest
class IntegrationClientScopeTest {
    private static Map<String, Object> segments(String site) {
        return Map.of("segments", List.of(Map.of("callId", "call-" + UUID.randomUUID(), "siteId", site,
                "agentId", "agent-17", "speaker", "agent", "text", "Goedemiddag.", "startOffsetMs", 0,
                "endOffsetMs", 900, "language", "nl")));
    }

    @Test
    void the_door_system_cannot_stream_calls_or_report_incidents_its_token_is_not_for_this_service() {
        assertThat(audience(client("door-system"))).doesNotContain("incident-service");
        given().header("Authorization", bearer(client("door-system"))).contentType(ContentType.JSON)
                .body(segments("ams-centrum")).post("/api/callcenter/segments").then().statusCode(401);
        given().header("Authorization", bearer(client("door-system"))).contentType(ContentType.JSON)
                .body(IncidentResourceTest.incident("ams-centrum", List.of("verbal-abuse")))
                .post("/api/incidents").then().statusCode(401);
    }

    @Test
    void the_mail_gateway_cannot_report_incidents() {
        given().header("Authorization", bearer(client("mail-gateway"))).contentType(ContentType.JSON)
                .body(IncidentResourceTest.incident("cc-rotterdam", List.of("verbal-abuse")))
                .post("/api/incidents").then().statusCode(401);
    }

    @Test
    void the_call_center_platform_streams_the_calls_of_its_own_call_center() {
        assertThat(audience(client("callcenter-platform"))).contains("incident-service");
        given().header("Authorization", bearer(client("callcenter-platform"))).contentType(ContentType.JSON)
                .body(segments("cc-rotterdam")).post("/api/callcenter/segments").then().statusCode(200);
    }
}
