package io.frontline.sanction.adapter.in.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.frontline.platform.events.sanction.SanctionEventTypes;
import io.frontline.platform.testing.MutableClock;
import io.frontline.sanction.adapter.in.scheduling.ObjectionTermWatch;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static io.frontline.platform.testing.infra.Tokens.bearer;
import static io.frontline.platform.testing.infra.Tokens.client;
import static io.frontline.platform.testing.infra.Tokens.user;
import static io.frontline.sanction.SanctionApi.approve;
import static io.frontline.sanction.SanctionApi.eventsOf;
import static io.frontline.sanction.SanctionApi.measure;
import static io.frontline.sanction.SanctionApi.newSubjectKey;
import static io.frontline.sanction.SanctionApi.post;
import static io.frontline.sanction.SanctionApi.propose;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/**
 * The customer's side of a ban (issue 17): the written notice of an approved ban travels as an event without
 * personal data; the customer sees the ban and objects with the notice's reference and secret; the objection is
 * decided by someone other than the approver; a missed decision term is announced once.
 */
@QuarkusTest
@SuppressWarnings("unchecked")
class BanNoticeTest {
    private static final Duration EVENTS = Duration.ofSeconds(10);
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    ObjectionTermWatch watch;

    @AfterEach
    void resetClock() {
        MutableClock.shared().reset();
    }

    @Test
    void the_notice_of_an_approved_ban_names_the_customer_by_subject_key_only() throws Exception {
        String subject = newSubjectKey();
        String id = contactBan(subject, "henk.hq", "ruben.supervisor");

        JsonNode data = JSON.readTree(eventsOf(id, SanctionEventTypes.BAN_NOTICE_ISSUED_V1, 1, EVENTS).get(0))
                .get("data");
        Set<String> fields = new TreeSet<>();
        data.fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactlyInAnyOrder("measureId", "noticeReference", "measureType", "siteId",
                "subjectKey", "coverage", "siteIds", "regionId", "channels", "alternativeChannel", "startsAt", "until",
                "objectionDeadline", "issuedAt");
        assertThat(data.get("subjectKey").asText()).isEqualTo(subject);
        assertThat(data.get("noticeReference").asText()).matches("BN-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}");
        assertThat(data.get("channels").toString()).isEqualTo("[\"phone\",\"email\",\"chat\"]");
        assertThat(data.get("alternativeChannel").asText()).isEqualTo("written");
        assertThat(data.toString()).doesNotContain("@").doesNotContain("Abusive calls");
    }

    @Test
    void a_wrong_secret_is_answered_like_an_unknown_reference_and_changes_nothing() throws Exception {
        String id = contactBan(newSubjectKey(), "henk.hq", "ruben.supervisor");
        String reference = referenceOf(id);
        String secret = secretFor(reference);

        status(reference, "not-the-secret").statusCode(404).contentType("application/problem+json");
        object(reference, "not-the-secret", "It was not me").statusCode(404).contentType("application/problem+json");
        object(reference, null, "It was not me").statusCode(400).contentType("application/problem+json");
        status("BN-2222-2222", secret).statusCode(404);
        assertThat(measure("henk.hq", id).get("objection")).isNull();

        status(reference, secret).statusCode(200).header("Cache-Control", "no-store")
                .body("measureType", equalTo("contact-ban")).body("status", equalTo("active"))
                .body("alternativeChannel", equalTo("written")).body("objectionOpen", equalTo(true))
                .body("objection", nullValue());
        object(reference, secret, "x".repeat(4001)).statusCode(400);
        object(reference, secret, "It was my brother on the phone").statusCode(200)
                .body("objection.outcome", nullValue()).body("objectionOpen", equalTo(false));
        Map<String, Object> objection = (Map<String, Object>) measure("henk.hq", id).get("objection");
        assertThat(objection).containsEntry("filedBy", "customer:" + reference)
                .containsEntry("grounds", "It was my brother on the phone");
        assertThat(eventsOf(id, SanctionEventTypes.OBJECTION_FILED_V1, 1, EVENTS)).hasSize(1);
    }

    @Test
    void only_the_sender_of_notices_gets_a_secret_and_a_new_one_replaces_the_old() {
        String id = contactBan(newSubjectKey(), "henk.hq", "ruben.supervisor");
        String reference = referenceOf(id);

        given().header("Authorization", bearer(client("callcenter-platform")))
                .post("/api/internal/ban-notices/" + reference + "/secret").then().statusCode(403)
                .contentType("application/problem+json");
        given().header("Authorization", bearer(user("henk.hq")))
                .post("/api/internal/ban-notices/" + reference + "/secret").then().statusCode(403);
        String first = secretFor(reference);
        String second = secretFor(reference);

        status(reference, first).statusCode(404);
        status(reference, second).statusCode(200);
    }

    @Test
    void the_approver_of_a_ban_cannot_decide_the_objection_against_it() {
        String id = propose("noor.regional", Map.of("type", "entry-ban", "subjectKey", newSubjectKey(),
                "site", "ams-centrum", "duration", "P1M", "reason", "Threatened staff at the till",
                "entry", Map.of("coverage", "sites", "sites", List.of("ams-centrum"))))
                .statusCode(201).extract().path("id");
        approve("henk.hq", id).statusCode(200);
        String reference = referenceOf(id);
        object(reference, secretFor(reference), "It was not me").statusCode(200);

        post("henk.hq", "/api/measures/" + id + "/objection/decision",
                Map.of("outcome", "upheld", "reasonCode", "facts-confirmed", "reason", "The camera shows it was you")).statusCode(403)
                .contentType("application/problem+json").body("type", containsString("forbidden/approver"));

        assertThat(((Map<String, Object>) measure("henk.hq", id).get("objection")).get("outcome")).isNull();
    }

    @Test
    void the_approver_and_the_proposer_are_told_they_may_not_decide_the_objection_and_another_manager_may() {
        String id = propose("noor.regional", Map.of("type", "entry-ban", "subjectKey", newSubjectKey(),
                "site", "ams-centrum", "duration", "P1M", "reason", "Threatened staff at the till",
                "entry", Map.of("coverage", "sites", "sites", List.of("ams-centrum"))))
                .statusCode(201).extract().path("id");
        approve("henk.hq", id).statusCode(200);
        assertThat(objectionDecision("sanne.manager", id)).containsEntry("allowed", false)
                .containsEntry("reason", "no-pending-objection");
        String reference = referenceOf(id);
        String secret = secretFor(reference);
        object(reference, secret, "It was not me").statusCode(200);

        assertThat(objectionDecision("henk.hq", id)).containsEntry("allowed", false).containsEntry("reason", "approver");
        assertThat(objectionDecision("noor.regional", id)).containsEntry("allowed", false)
                .containsEntry("reason", "not-entitled");
        assertThat(objectionDecision("sanne.manager", id)).containsEntry("allowed", true);

        String own = propose("sanne.manager", Map.of("type", "entry-ban", "subjectKey", newSubjectKey(),
                "site", "ams-centrum", "duration", "P1M", "reason", "Threatened staff at the till",
                "entry", Map.of("coverage", "sites", "sites", List.of("ams-centrum"))))
                .statusCode(201).extract().path("id");
        approve("henk.hq", own).statusCode(200);
        String ownReference = referenceOf(own);
        object(ownReference, secretFor(ownReference), "It was not me").statusCode(200);
        assertThat(objectionDecision("sanne.manager", own)).containsEntry("allowed", false)
                .containsEntry("reason", "proposer");

        post("sanne.manager", "/api/measures/" + id + "/objection/decision",
                Map.of("outcome", "upheld", "reasonCode", "facts-confirmed", "reason", "The camera shows it was you")).statusCode(200);
        assertThat(objectionDecision("sanne.manager", id)).containsEntry("allowed", false)
                .containsEntry("reason", "no-pending-objection");
        // The customer reads the reason as a code (shown in their language) and the decider's own words
        status(reference, secret).statusCode(200).body("objection.outcome", equalTo("upheld"))
                .body("objection.reasonCode", equalTo("facts-confirmed"))
                .body("objection.decisionReason", equalTo("The camera shows it was you"));
    }

    private static Map<String, Object> objectionDecision(String user, String measureId) {
        return (Map<String, Object>) measure(user, measureId).get("objectionDecision");
    }

    @Test
    void a_missed_decision_term_is_announced_once_with_the_expected_handling_date() throws Exception {
        MutableClock.shared().set(Instant.parse("2031-03-02T09:00:00Z"));
        String id = contactBan(newSubjectKey(), "henk.hq", "ruben.supervisor");
        String reference = referenceOf(id);
        String secret = secretFor(reference);
        object(reference, secret, "It was not me").statusCode(200);

        MutableClock.shared().set(Instant.parse("2031-03-16T20:00:00Z"));
        watch.watch();
        status(reference, secret).statusCode(200).body("objection.late", equalTo(false));

        MutableClock.shared().set(Instant.parse("2031-03-17T09:00:00Z"));
        watch.watch();
        watch.watch();

        List<String> missed = eventsOf(id, SanctionEventTypes.OBJECTION_TERM_MISSED_V1, 1, EVENTS);
        Thread.sleep(2000);
        missed = eventsOf(id, SanctionEventTypes.OBJECTION_TERM_MISSED_V1, 1, EVENTS);
        assertThat(missed).hasSize(1);
        JsonNode data = JSON.readTree(missed.get(0)).get("data");
        // filed on 2 March in Rotterdam: decided by the end of 16 March there; now expected by the end of 24 March
        assertThat(data.get("decisionDue").asText()).isEqualTo("2031-03-16T23:00:00Z");
        assertThat(data.get("expectedBy").asText()).isEqualTo("2031-03-24T23:00:00Z");
        assertThat(data.get("noticeReference").asText()).isEqualTo(reference);
    }

    /** A ladder-like contact ban at the call center: phone, e-mail and chat closed, written contact open. */
    private static String contactBan(String subject, String proposer, String approver) {
        String id = propose(proposer, Map.of("type", "contact-ban", "subjectKey", subject, "site", "cc-rotterdam",
                "duration", "P3M", "reason", "Abusive calls",
                "contact", Map.of("scope", "all-contact", "channels", List.of("phone", "email", "chat"),
                        "alternativeChannel", "written"))).statusCode(201).extract().path("id");
        approve(approver, id).statusCode(200);
        return id;
    }

    static String referenceOf(String measureId) {
        try {
            return JSON.readTree(eventsOf(measureId, SanctionEventTypes.BAN_NOTICE_ISSUED_V1, 1, EVENTS).get(0))
                    .get("data").get("noticeReference").asText();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** What notification-service does before it mails the notice. */
    static String secretFor(String reference) {
        return given().header("Authorization", bearer(client("notification-service")))
                .post("/api/internal/ban-notices/" + reference + "/secret").then().statusCode(200)
                .header("Cache-Control", "no-store").extract().path("secret");
    }

    private static ValidatableResponse status(String reference, String secret) {
        var request = given();
        if (secret != null) {
            request = request.header("X-Tracking-Secret", secret);
        }
        return request.get("/api/public/ban-notices/" + reference).then();
    }

    private static ValidatableResponse object(String reference, String secret, String grounds) {
        var request = given().contentType(ContentType.JSON).body(Map.of("grounds", grounds));
        if (secret != null) {
            request = request.header("X-Tracking-Secret", secret);
        }
        return request.post("/api/public/ban-notices/" + reference + "/objection").then();
    }
}
