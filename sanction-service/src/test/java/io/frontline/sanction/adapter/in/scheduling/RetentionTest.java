package io.frontline.sanction.adapter.in.scheduling;

import io.frontline.platform.retention.Erased;
import io.frontline.platform.retention.RetentionJob;
import io.frontline.platform.testing.MutableClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;

import static io.frontline.platform.testing.infra.Tokens.bearer;
import static io.frontline.platform.testing.infra.Tokens.user;
import static io.frontline.sanction.SanctionApi.activeEntryBan;
import static io.frontline.sanction.SanctionApi.approve;
import static io.frontline.sanction.SanctionApi.newSubjectKey;
import static io.frontline.sanction.SanctionApi.post;
import static io.frontline.sanction.SanctionApi.propose;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Retention (default 24 months after a measure's end): an ended measure is erased with its history; an active ban
 * or a pending objection holds it. The door list's audit lines go three months after they were written.
 */
@QuarkusTest
class RetentionTest {
    @Inject
    RetentionJob job;

    @Inject
    DataSource dataSource;

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

    @Test
    void a_lifted_entry_ban_with_its_door_profile_and_a_sighting_is_erased_after_two_years() {
        at("2037-01-05T09:00:00Z");
        String ban = activeEntryBan("sanne.manager", "henk.hq", newSubjectKey(), "ams-centrum",
                Map.of("coverage", "chain"));
        given().header("Authorization", bearer(user("sanne.manager"))).contentType(ContentType.JSON)
                .body(Map.of("height", "tall")).put("/api/measures/" + ban + "/door-profile").then().statusCode(200);
        post("emma.staff", "/api/door-list/sightings", Map.of("measureId", ban, "site", "ams-centrum")).statusCode(201);
        post("henk.hq", "/api/measures/" + ban + "/lift", Map.of("reason", "Apologised in writing")).statusCode(200);

        at("2039-01-06T09:00:00Z");
        job.eraseExpired();
        read(ban, 404);
    }

    @Test
    void a_door_list_audit_line_is_erased_three_months_after_it_was_written_and_not_before() throws SQLException {
        Instant viewed = Instant.parse("2036-01-31T08:00:00Z");
        at(viewed.toString());
        doorList("emma.staff");
        at("2036-02-15T08:00:00Z");
        doorList("emma.staff");
        assertThat(doorListViews(viewed)).isEqualTo(1);

        at("2036-04-30T09:00:00Z"); // less three months is 30 January: the line is not three months old yet
        job.eraseExpired();
        assertThat(doorListViews(viewed)).isEqualTo(1);

        at("2036-05-01T09:00:00Z");
        Erased erased = job.eraseExpired();
        assertThat(doorListViews(viewed)).isZero();
        assertThat(erased.count("door audit lines")).isPositive();
        assertThat(doorListViews(Instant.parse("2036-02-15T08:00:00Z"))).as("the later line stays").isEqualTo(1);
    }

    private static void doorList(String username) {
        given().header("Authorization", bearer(user(username))).queryParam("site", "ams-centrum")
                .get("/api/door-list").then().statusCode(200);
    }

    private long doorListViews(Instant at) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT count(*) FROM door_audit WHERE action = 'door-list-viewed' AND at = ?")) {
            s.setTimestamp(1, Timestamp.from(at));
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
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
