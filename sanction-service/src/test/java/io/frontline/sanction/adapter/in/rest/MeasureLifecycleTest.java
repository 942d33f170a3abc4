package io.frontline.sanction.adapter.in.rest;

import io.frontline.platform.events.sanction.SanctionEventTypes;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static io.frontline.sanction.SanctionApi.approve;
import static io.frontline.sanction.SanctionApi.banned;
import static io.frontline.sanction.SanctionApi.eventsOf;
import static io.frontline.sanction.SanctionApi.measure;
import static io.frontline.sanction.SanctionApi.newSubjectKey;
import static io.frontline.sanction.SanctionApi.post;
import static io.frontline.sanction.SanctionApi.propose;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

/** proposed → approved by a second person → active → lifted | rejected, objections; over HTTP. */
@QuarkusTest
@SuppressWarnings("unchecked")
class MeasureLifecycleTest {
    private static final Duration EVENTS = Duration.ofSeconds(10);

    @Test
    void approval_by_the_proposer_is_refused_and_a_second_person_approves() {
        String subject = newSubjectKey();
        String id = proposeEntryBan("sanne.manager", subject, "ams-centrum");

        approve("sanne.manager", id).statusCode(403).contentType("application/problem+json")
                .body("detail", containsString("Four eyes")).body("type", containsString("forbidden/proposer"));
        assertThat((Map<String, Object>) measure("sanne.manager", id).get("approval"))
                .containsEntry("allowed", false).containsEntry("reason", "proposer");
        assertThat((Map<String, Object>) measure("henk.hq", id).get("approval")).containsEntry("allowed", true);
        assertThat(measure("henk.hq", id)).containsEntry("status", "proposed");

        approve("henk.hq", id).statusCode(200).body("status", equalTo("active"))
                .body("approvedBy", equalTo("henk.hq"));
        assertThat(eventsOf(id, SanctionEventTypes.PROPOSED_V1, 1, EVENTS)).hasSize(1);
        assertThat(eventsOf(id, SanctionEventTypes.APPROVED_V1, 1, EVENTS)).hasSize(1);
        assertThat(eventsOf(id, SanctionEventTypes.ACTIVATED_V1, 1, EVENTS)).hasSize(1);
    }

    @Test
    void a_site_manager_approves_for_their_own_sites_only() {
        String id = proposeEntryBan("henk.hq", newSubjectKey(), "ams-centrum");

        approve("bram.manager", id).statusCode(404);
        approve("noor.regional", id).statusCode(403);
        approve("sanne.manager", id).statusCode(200);
    }

    @Test
    void a_chain_wide_entry_ban_is_approved_by_hq_safety_not_by_a_site_manager() {
        String id = propose("sanne.manager", Map.of("type", "entry-ban", "subjectKey", newSubjectKey(),
                "site", "ams-centrum", "duration", "P6M", "reason", "Hit a colleague",
                "entry", Map.of("coverage", "chain"))).statusCode(201).extract().path("id");
        String other = propose("henk.hq", Map.of("type", "entry-ban", "subjectKey", newSubjectKey(),
                "site", "ams-centrum", "duration", "P6M", "reason", "Hit a colleague",
                "entry", Map.of("coverage", "chain"))).statusCode(201).extract().path("id");

        approve("sanne.manager", other).statusCode(403);
        approve("henk.hq", id).statusCode(200);
    }

    @Test
    void a_proposal_is_rejected_with_a_reason_and_never_takes_effect() {
        String subject = newSubjectKey();
        String id = proposeEntryBan("sanne.manager", subject, "ams-centrum");

        post("henk.hq", "/api/measures/" + id + "/reject", Map.of("reason", " ")).statusCode(400);
        post("henk.hq", "/api/measures/" + id + "/reject", Map.of("reason", "Disproportionate")).statusCode(200);

        assertThat(measure("sanne.manager", id)).containsEntry("status", "rejected")
                .containsEntry("endReason", "Disproportionate");
        approve("henk.hq", id).statusCode(409);
        assertThat(eventsOf(id, SanctionEventTypes.REJECTED_V1, 1, EVENTS)).hasSize(1);
    }

    @Test
    void a_ban_lifted_early_no_longer_bans() {
        String subject = newSubjectKey();
        String id = proposeEntryBan("sanne.manager", subject, "ams-centrum");
        approve("henk.hq", id).statusCode(200);
        assertThat(banned(subject, "ams-centrum")).isTrue();

        post("sanne.manager", "/api/measures/" + id + "/lift", Map.of("reason", "Apologised in writing"))
                .statusCode(200);

        assertThat(banned(subject, "ams-centrum")).isFalse();
        assertThat(eventsOf(id, SanctionEventTypes.LIFTED_V1, 1, EVENTS)).hasSize(1);
    }

    @Test
    void an_objection_is_recorded_and_decided_shortened() {
        String id = proposeEntryBan("noor.regional", newSubjectKey(), "ams-centrum");
        approve("sanne.manager", id).statusCode(200);
        Instant until = Instant.parse((String) measure("henk.hq", id).get("until"));

        post("sanne.manager", "/api/measures/" + id + "/objection", Map.of("grounds", "Customer disputes the facts"))
                .statusCode(200).body("objection.decisionDue", notNullValue());
        post("sanne.manager", "/api/measures/" + id + "/objection", Map.of("grounds", "Again")).statusCode(409);
        Instant shorter = until.minus(Duration.ofDays(14));
        post("henk.hq", "/api/measures/" + id + "/objection/decision",
                Map.of("outcome", "shortened", "reasonCode", "disproportionate", "reason", "Two weeks suffice",
                        "until", shorter.toString()))
                .statusCode(200).body("objection.outcome", equalTo("shortened"))
                .body("objection.reasonCode", equalTo("disproportionate"));

        Map<String, Object> stored = measure("henk.hq", id);
        assertThat(Instant.parse((String) stored.get("until"))).isEqualTo(shorter);
        assertThat((Map<String, Object>) stored.get("objection")).containsEntry("reasonCode", "disproportionate")
                .containsEntry("reason", "Two weeks suffice");
        assertThat(eventsOf(id, SanctionEventTypes.OBJECTION_FILED_V1, 1, EVENTS)).hasSize(1);
        assertThat(eventsOf(id, SanctionEventTypes.OBJECTION_DECIDED_V1, 1, EVENTS).get(0))
                .contains("\"outcome\":\"shortened\"", "\"reasonCode\":\"disproportionate\"",
                        "\"decisionReason\":\"Two weeks suffice\"");
    }

    @Test
    void an_objection_decision_names_a_reason_from_the_list_that_fits_its_outcome() {
        String id = proposeEntryBan("noor.regional", newSubjectKey(), "ams-centrum");
        approve("sanne.manager", id).statusCode(200);
        post("sanne.manager", "/api/measures/" + id + "/objection", Map.of("grounds", "Customer disputes the facts"))
                .statusCode(200);

        post("henk.hq", "/api/measures/" + id + "/objection/decision",
                Map.of("outcome", "upheld", "reasonCode", "because-i-say-so", "reason", "Stands")).statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("reasonCode must be one of"))
                .body("detail", containsString("facts-confirmed"))
                .body("detail", containsString("procedure-not-followed"))
                .body("detail", not(containsString("because-i-say-so")));
        post("henk.hq", "/api/measures/" + id + "/objection/decision",
                Map.of("outcome", "upheld", "reason", "Stands")).statusCode(400)
                .contentType("application/problem+json");
        // A confirmed fact does not overturn a ban
        post("henk.hq", "/api/measures/" + id + "/objection/decision",
                Map.of("outcome", "overturned", "reasonCode", "facts-confirmed", "reason", "Stands")).statusCode(422)
                .contentType("application/problem+json");
        assertThat(((Map<String, Object>) measure("henk.hq", id).get("objection")).get("outcome")).isNull();

        post("henk.hq", "/api/measures/" + id + "/objection/decision",
                Map.of("outcome", "overturned", "reasonCode", "procedure-not-followed",
                        "reason", "De klant is niet gehoord")).statusCode(200)
                .body("objection.reasonCode", equalTo("procedure-not-followed"))
                .body("objection.reason", equalTo("De klant is niet gehoord"));
    }

    @Test
    void an_unknown_type_or_missing_terms_are_refused() {
        propose("sanne.manager", Map.of("type", "banishment", "subjectKey", newSubjectKey(), "site", "ams-centrum",
                "reason", "x")).statusCode(400).body("detail", containsString("type must be one of"));
        propose("sanne.manager", Map.of("type", "entry-ban", "subjectKey", newSubjectKey(), "site", "ams-centrum",
                "duration", "P1M", "reason", "x")).statusCode(400);
        propose("sanne.manager", Map.of("type", "contact-ban", "subjectKey", newSubjectKey(), "site", "ams-centrum",
                "duration", "P1M", "reason", "x", "contact", Map.of("scope", "department", "department", "billing")))
                .statusCode(422);
        propose("sanne.manager", Map.of("type", "entry-ban", "subjectKey", newSubjectKey(), "site", "ein-centrum",
                "duration", "P1M", "reason", "x", "entry", Map.of("coverage", "sites", "sites", List.of("ein-centrum"))))
                .statusCode(403);
        propose("emma.staff", Map.of("type", "written-warning", "subjectKey", newSubjectKey(), "site", "ams-centrum",
                "reason", "x")).statusCode(403);
    }

    private static String proposeEntryBan(String proposer, String subject, String site) {
        return propose(proposer, Map.of("type", "entry-ban", "subjectKey", subject, "site", site, "duration", "P1M",
                "reason", "Threatened staff at the till",
                "entry", Map.of("coverage", "sites", "sites", List.of(site)))).statusCode(201).extract().path("id");
    }
}
