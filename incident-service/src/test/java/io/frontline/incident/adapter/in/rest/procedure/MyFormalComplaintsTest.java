package io.frontline.incident.adapter.in.rest.procedure;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.frontline.incident.adapter.in.rest.procedure.ProcedureFixtures.COMPLAINTS;
import static io.frontline.incident.adapter.in.rest.procedure.ProcedureFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

/** "My formal complaints": scoped as reading a case is (seed 004, vertrouwelijkheid). */
@QuarkusTest
class MyFormalComplaintsTest {

    /** lotte.agent complains about fleur.manager: parties nobody else in these tests uses. */
    private static String lotteComplainsAboutFleur() {
        return as("lotte.agent").body(Map.of("complainant", "lotte.agent", "accused", "fleur.manager",
                        "complaint", "Fleur schreeuwt mij bij elk overleg af waar collega's bij zijn."))
                .post(COMPLAINTS).then().statusCode(201).extract().path("id");
    }

    private static List<String> idsSeenBy(String user) {
        return as(user).get(COMPLAINTS + "?limit=200").then().statusCode(200).extract().jsonPath().getList("items.id");
    }

    @Test
    void a_party_sees_only_the_cases_they_are_party_to_with_the_next_term_due() {
        String id = lotteComplainsAboutFleur();
        String emmasCase = ProcedureFixtures.fileComplaint();

        assertThat(idsSeenBy("lotte.agent")).contains(id).doesNotContain(emmasCase);
        assertThat(idsSeenBy("fleur.manager")).contains(id).doesNotContain(emmasCase);
        as("lotte.agent").get(COMPLAINTS).then().statusCode(200)
                .body("items.find { it.id == '" + id + "' }.readAs", equalTo("complainant"))
                .body("items.find { it.id == '" + id + "' }.status", equalTo("under-investigation"))
                .body("items.find { it.id == '" + id + "' }.cannotSit", equalTo(false))
                .body("items.find { it.id == '" + id + "' }.nextTerm.term", equalTo("hearings"))
                .body("items.find { it.id == '" + id + "' }.nextTerm.dueAt", notNullValue())
                .body("items.find { it.id == '" + id + "' }.reference", notNullValue());
        as("fleur.manager").get(COMPLAINTS).then()
                .body("items.find { it.id == '" + id + "' }.readAs", equalTo("accused"));
    }

    @Test
    void a_committee_member_sees_the_committees_cases_and_hr_the_cases_under_way() {
        String id = lotteComplainsAboutFleur();
        assertThat(idsSeenBy("kees.committee")).contains(id);
        as("ingrid.committee").get(COMPLAINTS + "?limit=200").then().statusCode(200)
                .body("items.find { it.id == '" + id + "' }.readAs", equalTo("committee"));
        assertThat(idsSeenBy("hanna.hr")).contains(id);
        as("hanna.hr").get(COMPLAINTS + "?limit=200").then()
                .body("items.find { it.id == '" + id + "' }.readAs", equalTo("management"));
    }

    @Test
    void another_staff_member_or_hq_safety_sees_none_of_them() {
        String id = lotteComplainsAboutFleur();
        assertThat(idsSeenBy("sanne.manager")).doesNotContain(id);
        assertThat(idsSeenBy("noor.regional")).isEmpty();
        assertThat(idsSeenBy("henk.hq")).isEmpty();
        as("sanne.manager").get(COMPLAINTS + "/" + id).then().statusCode(404);
    }

    @Test
    void the_list_pages_with_a_cursor_and_refuses_a_foreign_one() {
        lotteComplainsAboutFleur();
        lotteComplainsAboutFleur();
        var first = as("lotte.agent").get(COMPLAINTS + "?limit=1").then().statusCode(200).extract().jsonPath();
        assertThat(first.getList("items")).hasSize(1);
        String next = first.getString("next");
        assertThat(next).isNotNull();
        var second = as("lotte.agent").get(COMPLAINTS + "?limit=1&cursor=" + next).then().statusCode(200)
                .extract().jsonPath();
        assertThat(second.getString("items[0].id")).isNotEqualTo(first.getString("items[0].id"));
        as("lotte.agent").get(COMPLAINTS + "?cursor=bm90LW91cnM").then().statusCode(400)
                .contentType("application/problem+json");
        as("lotte.agent").get(COMPLAINTS + "?limit=0").then().statusCode(400);
        as("lotte.agent").get(COMPLAINTS + "?sort=reference").then().statusCode(400);
    }

    @Test
    void the_case_shows_its_statutory_terms_as_they_stand() {
        String id = lotteComplainsAboutFleur();
        as("lotte.agent").get(COMPLAINTS + "/" + id).then().statusCode(200)
                .body("terms.term", equalTo(List.of("hearings", "report")))
                .body("terms[0].missedNoticeSent", equalTo(false))
                .body("terms[0].dueAt", notNullValue());
    }
}
