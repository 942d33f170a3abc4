package io.frontline.complaint.adapter.in.rest;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static io.frontline.complaint.Api.asClient;
import static io.frontline.platform.testing.infra.Tokens.audience;
import static io.frontline.platform.testing.infra.Tokens.client;
import static io.frontline.platform.testing.infra.Tokens.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * Issue 17: an integration client may do here only what its client role of complaint-service names (the mail
 * gateway posts mail, notification-service reads contact data, the call-center platform files complaints), and a
 * token is accepted only when it is issued for complaint-service (its audience), whatever roles it carries.
 */
@QuarkusTest
class IntegrationClientScopeTest {
    private static byte[] mail() {
        return ("From: klant@example.nl\r\nTo: klachten@demo-retail.example\r\nSubject: Klacht\r\n"
                + "Message-ID: <" + System.nanoTime() + "@example.nl>\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n"
                + "De bezorging is drie keer misgegaan.\r\n").getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void the_mail_gateway_posts_mail_and_a_client_of_this_service_without_that_role_is_forbidden() {
        asClient("mail-gateway").contentType("message/rfc822").body(mail())
                .post("/api/intake/mail?site=ams-centrum").then().statusCode(201).body("outcome", equalTo("filed"));
        asClient("callcenter-platform").contentType("message/rfc822").body(mail())
                .post("/api/intake/mail?site=ams-centrum").then().statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void the_door_systems_token_is_issued_for_the_ban_check_only_and_refused_here_as_not_for_this_service() {
        String door = client("door-system");
        assertThat(audience(door)).contains("sanction-service").doesNotContain("complaint-service");

        asClient("door-system").contentType("message/rfc822").body(mail())
                .post("/api/intake/mail?site=ams-centrum").then().statusCode(401);
        // Even where its site would do: filing a complaint at a site of the door system.
        asClient("door-system").contentType("application/json")
                .body(Map.of("site", "ams-centrum", "channel", "in-store", "category", "product", "subject", "Klacht",
                        "description", "Kapot.", "language", "nl"))
                .post("/api/complaints").then().statusCode(401);
    }

    @Test
    void the_mail_gateways_token_is_for_this_service_only_and_a_persons_token_for_every_service() {
        assertThat(audience(client("mail-gateway"))).contains("complaint-service")
                .doesNotContain("sanction-service", "incident-service", "notification-service", "prevention-service");
        assertThat(audience(user("henk.hq"))).contains("complaint-service", "incident-service", "sanction-service",
                "notification-service", "prevention-service");
    }
}
