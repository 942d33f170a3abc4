package io.frontline.incident.adapter.in.rest.procedure;

import io.agroal.api.AgroalDataSource;
import io.frontline.platform.events.EventCodec;
import io.frontline.platform.events.EventEnvelope;
import io.frontline.platform.events.Topics;
import io.frontline.platform.events.procedure.ProcedureEventTypes;
import io.frontline.platform.testing.contracts.ContractAssertions;
import io.frontline.platform.testing.infra.KafkaServer;
import io.frontline.platform.testing.infra.TopicClient;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.frontline.incident.adapter.in.rest.procedure.ProcedureFixtures.COMPLAINTS;
import static io.frontline.incident.adapter.in.rest.procedure.ProcedureFixtures.as;
import static io.frontline.incident.adapter.in.rest.procedure.ProcedureFixtures.fileComplaint;
import static io.frontline.incident.adapter.in.rest.procedure.ProcedureFixtures.hear;
import static io.frontline.incident.adapter.in.rest.procedure.ProcedureFixtures.outbox;
import static io.frontline.incident.adapter.in.rest.procedure.ProcedureFixtures.report;
import static io.frontline.incident.adapter.in.rest.procedure.ProcedureFixtures.reportedWithSuspensionAdvised;
import static io.frontline.incident.adapter.in.rest.procedure.ProcedureFixtures.vote;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class FormalComplaintResourceTest {
    @Inject
    AgroalDataSource dataSource;

    @Test
    void an_anonymous_formal_complaint_is_refused_with_a_clear_error_and_nothing_is_stored() throws Exception {
        long before = count("formal_complaint");
        as("emma.staff").body(Map.of("anonymous", true, "accused", "daan.staff", "complaint", "Hij intimideert mij."))
                .post(COMPLAINTS)
                .then().statusCode(422).contentType("application/problem+json")
                .body("detail", containsString("anonymous"));
        as("emma.staff").body(Map.of("accused", "daan.staff", "complaint", "Hij intimideert mij."))
                .post(COMPLAINTS)
                .then().statusCode(422).contentType("application/problem+json");
        assertThat(count("formal_complaint")).isEqualTo(before);
    }

    @Test
    void a_complaint_is_filed_by_the_complainant_in_person_not_on_behalf_of_someone_else() {
        as("daan.staff").body(Map.of("complainant", "emma.staff", "accused", "lotte.agent", "complaint", "x"))
                .post(COMPLAINTS).then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void filing_announces_the_complaint_with_its_terms_but_not_its_text() throws Exception {
        String id = fileComplaint();
        as("hanna.hr").get(COMPLAINTS + "/" + id).then().statusCode(200)
                .body("reference", matchesPattern("UB-\\d{4}-\\d{6}"))
                .body("status", equalTo("under-investigation"));
        List<String> filed = outbox(dataSource, id, ProcedureEventTypes.COMPLAINT_FILED_V1);
        assertThat(filed).hasSize(1);
        ContractAssertions.assertMatchesContract(filed.get(0));
        assertThat(filed.get(0)).contains("emma.staff", "daan.staff").doesNotContain("kantine");
    }

    @Test
    void two_of_three_votes_decide_a_single_vote_or_a_tie_does_not() {
        String id = fileComplaint();
        Map<String, Object> body = report("founded", null);
        vote(id, "kees.committee", "founded");
        as("kees.committee").body(body).post(COMPLAINTS + "/" + id + "/report")
                .then().statusCode(422).body("detail", containsString("majority"));
        vote(id, "ingrid.committee", "unfounded");
        as("kees.committee").body(body).post(COMPLAINTS + "/" + id + "/report").then().statusCode(422);
        vote(id, "omar.committee", "founded");
        as("kees.committee").body(body).post(COMPLAINTS + "/" + id + "/report").then().statusCode(201)
                .body("finding", equalTo("founded"))
                .body("complainant", equalTo("emma.staff"))
                .body("accused", equalTo("daan.staff"))
                .body("affected", hasItems("emma.staff"))
                .body("generalAdvice", containsString("Training"));
    }

    @Test
    void only_the_three_committee_members_act_for_the_committee() {
        String id = fileComplaint();
        as("hanna.hr").body(Map.of("finding", "founded")).post(COMPLAINTS + "/" + id + "/votes")
                .then().statusCode(403);
        as("emma.staff").body(Map.of("finding", "founded")).post(COMPLAINTS + "/" + id + "/votes")
                .then().statusCode(403);
    }

    @Test
    void a_hearing_of_both_sides_together_or_a_refusal_without_reason_is_refused() {
        String id = fileComplaint();
        as("kees.committee").body(Map.of("heard", List.of("emma.staff", "daan.staff"), "record", "samen",
                        "acknowledgements", List.of(Map.of("person", "emma.staff", "seen", true),
                                Map.of("person", "daan.staff", "seen", true), Map.of("person", "kees.committee", "seen", true))))
                .post(COMPLAINTS + "/" + id + "/hearings").then().statusCode(422);
        as("kees.committee").body(Map.of("heard", List.of("daan.staff"), "record", "verslag",
                        "acknowledgements", List.of(Map.of("person", "daan.staff", "seen", false),
                                Map.of("person", "kees.committee", "seen", true))))
                .post(COMPLAINTS + "/" + id + "/hearings").then().statusCode(422)
                .body("detail", containsString("reason"));
        as("kees.committee").body(Map.of("heard", List.of("daan.staff"), "record", "verslag",
                        "acknowledgements", List.of(Map.of("person", "daan.staff", "seen", false,
                                        "refusalReason", "Verslag is onvolledig"),
                                Map.of("person", "kees.committee", "seen", true))))
                .post(COMPLAINTS + "/" + id + "/hearings").then().statusCode(201)
                .body("acknowledgements.refusalReason", hasItems("Verslag is onvolledig"));
    }

    @Test
    void interim_measures_can_be_requested_and_are_announced_to_management() throws Exception {
        String id = fileComplaint();
        as("ingrid.committee").body(Map.of("measure", "separate-shifts", "reason", "Klaagster voelt zich onveilig"))
                .post(COMPLAINTS + "/" + id + "/interim-measures").then().statusCode(202);
        List<String> events = outbox(dataSource, id, ProcedureEventTypes.INTERIM_MEASURE_REQUESTED_V1);
        assertThat(events).hasSize(1);
        ContractAssertions.assertMatchesContract(events.get(0));
        assertThat(events.get(0)).contains("separate-shifts").doesNotContain("onveilig");
    }

    @Test
    void the_accused_sees_the_case_but_not_the_committees_votes_nor_others_hearings() {
        String id = fileComplaint();
        hear(id, "kees.committee", "emma.staff");
        hear(id, "kees.committee", "daan.staff");
        hear(id, "kees.committee", "lotte.agent");
        vote(id, "kees.committee", "founded");
        as("emma.staff").body(Map.of("text", "Het gebeurde drie keer in de kantine."))
                .post(COMPLAINTS + "/" + id + "/positions").then().statusCode(201);

        as("daan.staff").get(COMPLAINTS + "/" + id).then().statusCode(200)
                .body("readAs", equalTo("accused"))
                .body("$", not(hasKey("votes")))
                .body("hearings", hasSize(1))
                .body("hearings[0].heard", hasItems("daan.staff"))
                .body("positions[0].side", equalTo("complainant"))
                .body(not(containsString("lotte.agent")));
        as("kees.committee").get(COMPLAINTS + "/" + id).then().statusCode(200)
                .body("votes.finding", hasItems("founded"))
                .body("hearings", hasSize(3));
        as("hanna.hr").get(COMPLAINTS + "/" + id).then().statusCode(200)
                .body("readAs", equalTo("management"))
                .body("$", not(hasKey("votes")));
        as("lotte.agent").get(COMPLAINTS + "/" + id).then().statusCode(404);
        as("ada.admin").get(COMPLAINTS + "/" + id).then().statusCode(404);
        as("henk.hq").get(COMPLAINTS + "/" + id).then().statusCode(404);
    }

    @Test
    void each_side_answers_the_others_position_and_names_an_adviser() {
        String id = fileComplaint();
        String position = as("emma.staff").body(Map.of("text", "Hij zei het drie keer."))
                .post(COMPLAINTS + "/" + id + "/positions").then().statusCode(201).extract().path("id");
        as("daan.staff").body(Map.of("text", "Het was een grap.", "inReplyTo", position))
                .post(COMPLAINTS + "/" + id + "/positions").then().statusCode(201);
        as("daan.staff").body(Map.of("name", "Mr. P. de Vries")).post(COMPLAINTS + "/" + id + "/advisers")
                .then().statusCode(204);
        as("lotte.agent").body(Map.of("text", "Ik zag het ook.")).post(COMPLAINTS + "/" + id + "/positions")
                .then().statusCode(404);
        as("emma.staff").get(COMPLAINTS + "/" + id).then().statusCode(200)
                .body("positions.text", hasItems("Hij zei het drie keer.", "Het was een grap."))
                .body("advisers[0].side", equalTo("accused"));
    }

    @Test
    void the_committee_may_engage_experts_and_both_sides_see_that_it_did() {
        String id = fileComplaint();
        as("emma.staff").body(Map.of("expertise", "Arbeidspsycholoog")).post(COMPLAINTS + "/" + id + "/experts")
                .then().statusCode(403);
        as("omar.committee").body(Map.of("expertise", "Arbeidspsycholoog: sfeer in het team"))
                .post(COMPLAINTS + "/" + id + "/experts").then().statusCode(204);
        as("daan.staff").get(COMPLAINTS + "/" + id).then().statusCode(200)
                .body("experts[0].expertise", containsString("Arbeidspsycholoog"));
    }

    @Test
    void a_decision_departing_from_the_advice_without_reasons_is_refused_with_reasons_it_carries_the_sanction()
            throws Exception {
        String id = reportedWithSuspensionAdvised();
        as("hanna.hr").body(Map.of("sanction", Map.of("type", "fine", "fineAmount", 250), "site", "utr-centraal"))
                .post(COMPLAINTS + "/" + id + "/decision")
                .then().statusCode(422).contentType("application/problem+json")
                .body("detail", containsString("reasons"));
        assertThat(outbox(dataSource, id, ProcedureEventTypes.DECISION_TAKEN_V1)).isEmpty();

        as("hanna.hr").body(Map.of("sanction", Map.of("type", "fine", "fineAmount", 250), "site", "utr-centraal",
                        "reasons", "Een schorsing treft het hele team; een boete is passender"))
                .post(COMPLAINTS + "/" + id + "/decision")
                .then().statusCode(201)
                .body("followsAdvice", equalTo(false))
                .body("sanctionedEmployee", equalTo("daan.staff"));

        List<ConsumerRecord<String, String>> records = new TopicClient(KafkaServer.shared().bootstrapServers())
                .await(Topics.INCIDENTS, r -> id.equals(r.key()) && r.value().contains("decision-taken"), 1,
                        Duration.ofSeconds(10));
        assertThat(records).hasSize(1);
        ContractAssertions.assertMatchesContract(records.get(0).value());
        EventEnvelope event = EventCodec.decode(records.get(0).value());
        assertThat(event.type()).isEqualTo(ProcedureEventTypes.DECISION_TAKEN_V1);
        assertThat(event.data().get("followsAdvice").asBoolean()).isFalse();
        assertThat(event.data().get("sanction").get("type").asText()).isEqualTo("fine");
        assertThat(event.data().get("sanction").get("fineAmount").decimalValue()).isEqualByComparingTo("250");
        assertThat(event.data().get("sanction").get("employeeUserId").asText()).isEqualTo("daan.staff");
        assertThat(event.data().get("decidedBy").asText()).as("the decider, who never approves the measure")
                .isEqualTo("hanna.hr");
        assertThat(event.data().get("siteId").asText()).isEqualTo("utr-centraal");
        assertThat(event.data().get("advisedSanction").get("type").asText()).isEqualTo("suspension");
        assertThat(event.data().get("departureReasons").asText()).startsWith("Een schorsing");
        // The decision's reasons go to sanction-service with the sanction (the measure records them); the
        // complaint's own text never leaves the service.
        assertThat(records.get(0).value()).doesNotContain("kantine");
    }

    @Test
    void a_decision_that_follows_the_advice_is_taken_by_management_only() throws Exception {
        String id = reportedWithSuspensionAdvised();
        as("kees.committee").body(Map.of("sanction", Map.of("type", "suspension", "suspensionDays", 3), "site", "utr-centraal"))
                .post(COMPLAINTS + "/" + id + "/decision").then().statusCode(403);
        as("hanna.hr").body(Map.of("sanction", Map.of("type", "suspension", "suspensionDays", 3), "site", "utr-centraal"))
                .post(COMPLAINTS + "/" + id + "/decision").then().statusCode(201)
                .body("followsAdvice", equalTo(true))
                .body("departureReasons", nullValue());
        as("hanna.hr").body(Map.of("sanction", Map.of("type", "suspension", "suspensionDays", 3), "site", "utr-centraal"))
                .post(COMPLAINTS + "/" + id + "/decision").then().statusCode(409);
        String payload = outbox(dataSource, id, ProcedureEventTypes.DECISION_TAKEN_V1).get(0);
        ContractAssertions.assertMatchesContract(payload);
        EventEnvelope event = EventCodec.decode(payload);
        assertThat(event.data().get("sanction").get("suspensionDays").asInt()).isEqualTo(3);
        assertThat(event.data().get("followsAdvice").asBoolean()).isTrue();
    }

    @Test
    void a_party_objects_with_reasons_and_management_answers() throws Exception {
        String id = reportedWithSuspensionAdvised();
        as("hanna.hr").body(Map.of("sanction", Map.of("type", "suspension", "suspensionDays", 3), "site", "utr-centraal"))
                .post(COMPLAINTS + "/" + id + "/decision").then().statusCode(201);
        as("lotte.agent").body(Map.of("reasons", "oneens")).post(COMPLAINTS + "/" + id + "/objections")
                .then().statusCode(404);
        String objection = as("daan.staff").body(Map.of("reasons", "Mijn getuigen zijn niet gehoord"))
                .post(COMPLAINTS + "/" + id + "/objections").then().statusCode(201)
                .body("side", equalTo("accused")).extract().path("id");
        as("hanna.hr").body(Map.of("answer", "Uw getuigen zijn op 3 maart gehoord; de beslissing blijft"))
                .post(COMPLAINTS + "/" + id + "/objections/" + objection + "/answer").then().statusCode(200)
                .body("answer", containsString("3 maart"));
        List<String> filed = outbox(dataSource, id, ProcedureEventTypes.OBJECTION_FILED_V1);
        List<String> answered = outbox(dataSource, id, ProcedureEventTypes.OBJECTION_ANSWERED_V1);
        assertThat(filed).hasSize(1);
        assertThat(answered).hasSize(1);
        ContractAssertions.assertMatchesContract(filed.get(0));
        ContractAssertions.assertMatchesContract(answered.get(0));
        assertThat(filed.get(0)).doesNotContain("getuigen");
        for (String type : List.of(ProcedureEventTypes.HEARING_HELD_V1, ProcedureEventTypes.REPORT_ISSUED_V1)) {
            List<String> events = outbox(dataSource, id, type);
            assertThat(events).as(type).isNotEmpty();
            events.forEach(ContractAssertions::assertMatchesContract);
            events.forEach(e -> assertThat(e).doesNotContain("Verslag").doesNotContain("Training"));
        }
    }

    private long count(String table) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
