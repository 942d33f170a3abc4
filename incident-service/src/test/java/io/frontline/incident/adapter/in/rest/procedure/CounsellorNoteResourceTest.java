package io.frontline.incident.adapter.in.rest.procedure;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.frontline.incident.adapter.in.rest.procedure.ProcedureFixtures.COMPLAINTS;
import static io.frontline.incident.adapter.in.rest.procedure.ProcedureFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class CounsellorNoteResourceTest {
    static final String NOTES = "/api/procedure/counsellor-notes";
    static final String SECRET = "Zij durft niet naar de politie uit angst voor haar vader.";

    @Inject
    AgroalDataSource dataSource;

    static String note(String reporter) {
        Map<String, Object> body = reporter == null ? Map.of("text", SECRET) : Map.of("reporter", reporter, "text", SECRET);
        return as("carla.counsellor").body(body).post(NOTES).then().statusCode(201).extract().path("id");
    }

    @Test
    void the_counsellor_takes_an_anonymous_report_and_reads_her_own_note() {
        String id = note(null);
        as("carla.counsellor").get(NOTES + "/" + id).then().statusCode(200)
                .body("anonymous", equalTo(true))
                .body("text", equalTo(SECRET));
    }

    @Test
    void a_counsellor_note_is_unreadable_for_hr_committee_admin_and_the_accused_and_every_read_is_audited()
            throws Exception {
        String id = note("emma.staff");
        for (String reader : List.of("hanna.hr", "kees.committee", "ada.admin", "henk.hq", "daan.staff")) {
            as(reader).get(NOTES + "/" + id).then().statusCode(404).contentType("application/problem+json")
                    .body(not(containsString("politie")));
        }
        as("carla.counsellor").get(NOTES + "/" + id).then().statusCode(200);
        // An unknown note answers exactly like a refused one.
        as("hanna.hr").get(NOTES + "/" + UUID.randomUUID()).then().statusCode(404);

        assertThat(attempts(id, false)).containsExactlyInAnyOrder("hanna.hr", "kees.committee", "ada.admin",
                "henk.hq", "daan.staff");
        assertThat(attempts(id, true)).containsExactly("carla.counsellor");
    }

    @Test
    void the_read_trail_is_read_a_page_at_a_time_newest_first_without_a_line_twice() {
        String id = note("emma.staff");
        for (String reader : List.of("hanna.hr", "kees.committee", "ingrid.committee", "daan.staff", "ada.admin")) {
            as(reader).get(NOTES + "/" + id).then().statusCode(404);
        }
        List<String> seen = new java.util.ArrayList<>();
        String cursor = null;
        List<String> firstTwo = null;
        do {
            var request = as("henk.hq").queryParam("limit", 2);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            var page = request.get("/api/procedure/counsellor-note-reads").then().statusCode(200)
                    .body("items.size()", lessThanOrEqualTo(2)).extract().jsonPath();
            List<String> keys = page.getList("items.findAll { true }.collect { it.attemptedAt + '|' + it.reader + '|' + it.noteId }");
            if (firstTwo == null) {
                firstTwo = keys;
            }
            seen.addAll(keys);
            cursor = page.getString("next");
        } while (cursor != null && seen.stream().filter(k -> k.endsWith(id)).count() < 5);
        assertThat(seen).as("no line twice").doesNotHaveDuplicates();
        // Newest first: this note's five refused reads, the last one first.
        assertThat(seen.stream().filter(k -> k.endsWith(id)).map(k -> k.split("\\|")[1]).toList())
                .containsExactly("ada.admin", "daan.staff", "ingrid.committee", "kees.committee", "hanna.hr");
        assertThat(firstTwo).hasSize(2);
        as("henk.hq").queryParam("cursor", "not-a-cursor").get("/api/procedure/counsellor-note-reads").then()
                .statusCode(400).contentType("application/problem+json");
        as("henk.hq").queryParam("limit", 0).get("/api/procedure/counsellor-note-reads").then().statusCode(400);
    }

    @Test
    void hq_safety_and_admin_read_the_audit_trail_but_not_the_notes() {
        String id = note("emma.staff");
        as("hanna.hr").get(NOTES + "/" + id).then().statusCode(404);
        for (String auditor : List.of("henk.hq", "ada.admin")) {
            as(auditor).get("/api/procedure/counsellor-note-reads").then().statusCode(200)
                    .body("items.findAll { it.noteId == '" + id + "' }.reader", hasItems("hanna.hr"))
                    .body("items.findAll { it.noteId == '" + id + "' && it.reader == 'hanna.hr' }.granted", hasItems(false))
                    .body(not(containsString("politie")));
        }
        as("hanna.hr").get("/api/procedure/counsellor-note-reads").then().statusCode(403);
        as("carla.counsellor").get("/api/procedure/counsellor-note-reads").then().statusCode(403);
    }

    @Test
    void an_unknown_purpose_is_refused_as_an_invalid_value_naming_the_allowed_ones_never_the_value_given() {
        String id = note("emma.staff");
        as("emma.staff").body(Map.of("purpose", "tell-my-manager-0612345678")).post(NOTES + "/" + id + "/my-consents")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", containsString("invalid-value"))
                .body("errors[0].field", equalTo("purpose"))
                .body("detail", containsString("police-report"))
                .body(not(containsString("0612345678")));
    }

    @Test
    void the_reporter_gives_and_withdraws_consent_themselves_and_the_counsellor_acts_only_while_it_holds() {
        String id = note("emma.staff");
        Map<String, Object> act = Map.of("purpose", "police-report", "description", "Begeleiding bij aangifte");
        as("carla.counsellor").body(act).post(NOTES + "/" + id + "/actions").then().statusCode(422)
                .body("detail", containsString("consent"));
        as("carla.counsellor").body(Map.of("purpose", "police-report", "how", "in-person"))
                .post(NOTES + "/" + id + "/consents").then().statusCode(403).contentType("application/problem+json")
                .body("type", containsString("reporter-has-account"));
        as("daan.staff").body(Map.of("purpose", "police-report")).post(NOTES + "/" + id + "/my-consents")
                .then().statusCode(404);
        as("carla.counsellor").body(Map.of("purpose", "police-report")).post(NOTES + "/" + id + "/my-consents")
                .then().statusCode(404);
        as("carla.counsellor").body(act).post(NOTES + "/" + id + "/actions").then().statusCode(422);

        as("emma.staff").get("/api/procedure/my-counsellor-notes").then().statusCode(200)
                .body("findAll { it.id == '" + id + "' }.counsellor", hasItems("carla.counsellor"))
                .body(not(containsString("politie")));
        as("emma.staff").body(Map.of("purpose", "police-report")).post(NOTES + "/" + id + "/my-consents")
                .then().statusCode(204);
        as("carla.counsellor").body(act).post(NOTES + "/" + id + "/actions").then().statusCode(201)
                .body("purpose", equalTo("police-report"));
        as("carla.counsellor").get(NOTES + "/" + id).then().statusCode(200)
                .body("consents[0].how", equalTo("own-account")).body("consents[0].recordedBy", equalTo("emma.staff"));

        as("emma.staff").delete(NOTES + "/" + id + "/my-consents/police-report").then().statusCode(204);
        as("carla.counsellor").body(act).post(NOTES + "/" + id + "/actions").then().statusCode(422);
    }

    @Test
    void for_a_reporter_without_an_account_the_counsellor_records_consent_and_how_it_was_given() {
        String id = as("carla.counsellor").body(Map.of("reporter", "Uitzendkracht, kassa 3", "reporterHasAccount", false,
                "text", SECRET)).post(NOTES).then().statusCode(201).extract().path("id");
        as("carla.counsellor").body(Map.of("purpose", "mediate")).post(NOTES + "/" + id + "/consents")
                .then().statusCode(422);
        as("carla.counsellor").body(Map.of("purpose", "mediate", "how", "phone")).post(NOTES + "/" + id + "/consents")
                .then().statusCode(204);
        as("carla.counsellor").get(NOTES + "/" + id).then().statusCode(200)
                .body("consents[0].how", equalTo("phone")).body("consents[0].recordedBy", equalTo("carla.counsellor"));
        as("carla.counsellor").body(Map.of("purpose", "mediate", "description", "Gesprek met leidinggevende"))
                .post(NOTES + "/" + id + "/actions").then().statusCode(201);
    }

    @Test
    void the_counsellor_files_a_formal_complaint_for_the_reporter_only_with_consent() {
        String id = note("emma.staff");
        Map<String, Object> complaint = Map.of("counsellorNoteId", id, "accused", "daan.staff",
                "complaint", "Daan intimideert Emma al maanden.");
        as("carla.counsellor").body(complaint).post(COMPLAINTS).then().statusCode(422);
        as("emma.staff").body(Map.of("purpose", "formal-complaint")).post(NOTES + "/" + id + "/my-consents")
                .then().statusCode(204);
        String complaintId = as("carla.counsellor").body(complaint).post(COMPLAINTS).then().statusCode(201)
                .extract().path("id");
        as("emma.staff").get(COMPLAINTS + "/" + complaintId).then().statusCode(200)
                .body("readAs", equalTo("complainant"))
                .body(not(containsString("politie")));
        as("daan.staff").get(COMPLAINTS + "/" + complaintId).then().statusCode(200)
                .body(not(containsString("politie")));
    }

    @Test
    void an_anonymous_report_cannot_become_a_formal_complaint() {
        String id = note(null);
        as("carla.counsellor").body(Map.of("purpose", "formal-complaint", "how", "in-person"))
                .post(NOTES + "/" + id + "/consents").then().statusCode(204);
        as("carla.counsellor").body(Map.of("counsellorNoteId", id, "accused", "daan.staff", "complaint", "x"))
                .post(COMPLAINTS).then().statusCode(422).body("detail", containsString("nonymous"));
    }

    private List<String> attempts(String noteId, boolean granted) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT reader FROM counsellor_note_read WHERE note_id = ? AND granted = ?")) {
            s.setObject(1, UUID.fromString(noteId));
            s.setBoolean(2, granted);
            try (ResultSet rs = s.executeQuery()) {
                List<String> readers = new java.util.ArrayList<>();
                while (rs.next()) {
                    readers.add(rs.getString(1));
                }
                return readers;
            }
        }
    }
}
