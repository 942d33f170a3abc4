package io.frontline.incident.adapter.in.rest.procedure;

import io.agroal.api.AgroalDataSource;
import io.frontline.platform.testing.MutableClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.frontline.incident.adapter.in.rest.procedure.ProcedureFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

/**
 * Seed 004, Vertrouwenspersoon: a counsellor's notes are theirs alone, so their list holds exactly the notes they
 * wrote — never another counsellor's — and never a note's text; everyone else is refused the list.
 */
@QuarkusTest
class CounsellorOwnNotesTest {
    static final String NOTES = "/api/procedure/counsellor-notes";
    static final String SECRET = "Mijn leidinggevende stuurt mij 's avonds berichten.";

    @Inject
    AgroalDataSource dataSource;

    @Test
    void a_counsellor_lists_her_own_notes_and_never_another_counsellors_note() throws Exception {
        String own = as("carla.counsellor").body(Map.of("reporter", "emma.staff", "text", SECRET)).post(NOTES)
                .then().statusCode(201).extract().path("id");
        // Another counsellor's note, written later than every note of carla's: first in any list sorted by time.
        UUID foreign = UUID.randomUUID();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "INSERT INTO counsellor_note (id, counsellor, reporter, reporter_has_account, text, written_at,"
                        + " consents, actions) VALUES (?, 'peter.counsellor', 'daan.staff', true, ?, ?, '[]', '[]')")) {
            s.setObject(1, foreign);
            s.setString(2, SECRET);
            s.setTimestamp(3, Timestamp.from(Instant.now().plus(1, ChronoUnit.HOURS)));
            s.executeUpdate();
        }

        List<String> listed = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var request = as("carla.counsellor").queryParam("limit", 2);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get(NOTES).then().statusCode(200).body(not(containsString("leidinggevende")))
                    .extract().jsonPath();
            listed.addAll(page.getList("items.id", String.class));
            cursor = page.getString("next");
            pages++;
        } while (cursor != null && pages < 500);

        assertThat(listed).contains(own).doesNotContain(foreign.toString()).doesNotHaveDuplicates();
    }

    @Test
    void a_row_says_who_reported_when_which_consents_are_in_force_and_how_many_actions_were_taken() {
        // Later than every other note of carla's, the anonymous one a minute after the named one.
        MutableClock.shared().set(Instant.parse("2045-03-01T09:00:00Z"));
        try {
            newestTwo();
        } finally {
            MutableClock.shared().reset();
        }
    }

    private void newestTwo() {
        String named = as("carla.counsellor").body(Map.of("reporter", "emma.staff", "text", SECRET)).post(NOTES)
                .then().statusCode(201).extract().path("id");
        as("emma.staff").body(Map.of("purpose", "investigate")).post(NOTES + "/" + named + "/my-consents")
                .then().statusCode(204);
        as("carla.counsellor").body(Map.of("purpose", "investigate", "description", "Gesprek met de vestiging"))
                .post(NOTES + "/" + named + "/actions").then().statusCode(201);
        MutableClock.shared().advance(java.time.Duration.ofMinutes(1));
        String anonymous = as("carla.counsellor").body(Map.of("text", SECRET)).post(NOTES)
                .then().statusCode(201).extract().path("id");

        JsonPath first = as("carla.counsellor").queryParam("limit", 2).get(NOTES).then().statusCode(200)
                .extract().jsonPath();
        assertThat(first.getString("items[0].id")).isEqualTo(anonymous);
        assertThat(first.getBoolean("items[0].anonymous")).isTrue();
        assertThat(first.getString("items[0].reporter")).isNull();
        assertThat(first.getString("items[1].id")).isEqualTo(named);
        assertThat(first.getString("items[1].reporter")).isEqualTo("emma.staff");
        assertThat(first.getList("items[1].consentsInForce", String.class)).containsExactly("investigate");
        assertThat(first.getInt("items[1].actions")).isEqualTo(1);
        assertThat(first.getString("items[1].writtenAt")).isNotBlank();

        as("emma.staff").delete(NOTES + "/" + named + "/my-consents/investigate").then().statusCode(204);
        as("carla.counsellor").queryParam("limit", 2).get(NOTES).then().statusCode(200)
                .body("items[1].consentsInForce.size()", equalTo(0)).body("items[1].actions", equalTo(1));
    }

    @Test
    void nobody_but_a_counsellor_gets_the_list() {
        for (String other : List.of("emma.staff", "sanne.manager", "hanna.hr", "henk.hq", "ada.admin")) {
            as(other).get(NOTES).then().statusCode(403);
        }
    }

    @Test
    void a_cursor_the_list_did_not_hand_out_and_a_limit_out_of_bounds_are_refused() {
        as("carla.counsellor").queryParam("cursor", "bm90LWEtY3Vyc29y").get(NOTES).then().statusCode(400)
                .contentType("application/problem+json");
        as("carla.counsellor").queryParam("limit", 0).get(NOTES).then().statusCode(400);
    }
}
