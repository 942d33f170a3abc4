package io.frontline.sanction.adapter.in.scheduling;

import io.frontline.platform.testing.MutableClock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;

import static io.frontline.platform.testing.infra.Tokens.bearer;
import static io.frontline.platform.testing.infra.Tokens.user;
import static io.frontline.sanction.SanctionApi.approve;
import static io.frontline.sanction.SanctionApi.newSubjectKey;
import static io.frontline.sanction.SanctionApi.post;
import static io.frontline.sanction.SanctionApi.propose;
import static io.restassured.RestAssured.given;

/**
 * Retention (default 24 months after a measure's end): an ended measure is erased with its history; an active ban
 * or a pending objection holds it.
 */
@QuarkusTest
class RetentionTest {
    @Inject
    RetentionJob job;

    @AfterEach
    void resetClock() {
        MutableClock.shared().reset();
    }

    @Test
    void a_rejected_proposal_is_erased_two_years_after_its_end_and_not_before() {
        at("2031-04-01T09:00:00Z");
        String id = entryBan();
        post("henk.hq", "/api/measures/" + id + "/reject", Map.of("reason", "Disproportionate")).statusCode(200);

        at("2033-03-31T09:00:00Z");
        job.eraseExpired();
        read(id, 200);

        at("2033-04-02T09:00:00Z");
        job.eraseExpired();
        read(id, 404);
    }

    @Test
    void an_active_ban_and_a_lifted_ban_with_an_objection_pending_are_held() {
        at("2031-06-01T09:00:00Z");
        String active = entryBan();
        approve("henk.hq", active).statusCode(200);
        String objected = entryBan();
        approve("henk.hq", objected).statusCode(200);
        post("sanne.manager", "/api/measures/" + objected + "/objection", Map.of("grounds", "Customer disputes the facts"))
                .statusCode(200);
        post("henk.hq", "/api/measures/" + objected + "/lift", Map.of("reason", "Apologised in writing"))
                .statusCode(200);

        at("2034-01-01T09:00:00Z");
        job.eraseExpired();
        read(active, 200);
        read(objected, 200);
    }

    private static String entryBan() {
        return propose("sanne.manager", Map.of("type", "entry-ban", "subjectKey", newSubjectKey(), "site", "ams-centrum",
                "duration", "P1M", "reason", "Threatened staff at the till", "entry", Map.of("coverage", "chain")))
                .statusCode(201).extract().path("id");
    }

    private static void read(String id, int status) {
        given().header("Authorization", bearer(user("henk.hq"))).get("/api/measures/" + id).then().statusCode(status);
    }

    private static void at(String instant) {
        MutableClock.shared().set(Instant.parse(instant));
    }
}
