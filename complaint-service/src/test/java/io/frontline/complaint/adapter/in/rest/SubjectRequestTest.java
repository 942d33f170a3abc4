package io.frontline.complaint.adapter.in.rest;

import io.frontline.complaint.SubjectServicesStub;
import io.frontline.platform.testing.LogCapture;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.frontline.complaint.Api.OWN_COMPLAINTS;
import static io.frontline.complaint.Api.as;
import static io.frontline.complaint.Api.filePublic;
import static io.frontline.complaint.Api.publicComplaint;
import static io.frontline.complaint.Api.step;
import static io.frontline.complaint.Api.subjectExport;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/**
 * One place to ask (issue 17): a customer's request reaches every service that keeps customer data and comes back as
 * one document; a service that does not answer makes it incomplete and is named; erasure says what is kept and why.
 * The other services are a real HTTP server answering the platform's shape ({@link SubjectServicesStub}).
 */
@QuarkusTest
class SubjectRequestTest {
    private static final String SERVICE = "services.find { it.service == '%s' }";

    @AfterEach
    void everyServiceAnswersAgain() {
        given().post(stub() + "/control/notification/normal").then().statusCode(204);
    }

    @Test
    void an_export_asks_every_service_with_the_callers_token_and_answers_as_one_complete_document() {
        String email = "export." + UUID.randomUUID() + "@example.org";
        String reference = filePublic(publicComplaint("ams-centrum", "staff-behaviour", "Onbeleefd te woord gestaan.",
                Map.of("name", "Sara Jansen", "email", email))).extract().path("reference");

        JsonPath answer = subjectExport("henk.hq", Map.of("email", email)).statusCode(200)
                .body("action", equalTo("export")).body("requestedBy", equalTo("henk.hq"))
                .body("complete", equalTo(true))
                .body("services.service", contains("complaint-service", "incident-service", "sanction-service",
                        "notification-service", "prevention-service"))
                .body(OWN_COMPLAINTS + ".reference", contains(reference))
                .body(OWN_COMPLAINTS + "[0].email", equalTo(email))
                .body(SERVICE.formatted("incident-service") + ".status", equalTo("answered"))
                .body(SERVICE.formatted("incident-service") + ".held[0].kind", equalTo("incidents"))
                .body(SERVICE.formatted("incident-service") + ".held[0].items[0].reference", equalTo("INCIDENT-1"))
                .body(SERVICE.formatted("sanction-service") + ".held[0].kind", equalTo("measures"))
                .body(SERVICE.formatted("notification-service") + ".status", equalTo("answered"))
                .body(SERVICE.formatted("prevention-service") + ".status", equalTo("not-asked"))
                .body(SERVICE.formatted("prevention-service") + ".note", containsString("no customer identifiers"))
                .extract().jsonPath();

        // Each service was asked as henk.hq himself, so it checks his role and its trail names him.
        for (String service : List.of("incident", "sanction", "notification")) {
            String authorization = given().get(stub() + "/control/" + service + "/authorization").asString();
            assertThat(usernameIn(authorization)).isEqualTo("henk.hq");
        }
        // notification-service alone is given the customer's complaint: its mails to the complainant carry no key.
        assertThat(query("notification")).isEqualTo("complaint=" + ComplaintWorkflowTest.idOf(reference));
        assertThat(query("incident")).isEmpty();
        assertThat(query("sanction")).isEmpty();

        // Recorded without the exported data: who, what, why, the subject key, per service status and count.
        String id = answer.getString("id");
        String listed = as("henk.hq").get("/api/subject-requests?limit=200").then().statusCode(200)
                .body("items.find { it.id == '" + id + "' }.reason", equalTo("The customer's letter asking for their data"))
                .body("items.find { it.id == '" + id + "' }.subjectKeys", hasSize(1))
                .body("items.find { it.id == '" + id + "' }.services.find { it.service == 'complaint-service' }.count",
                        equalTo(1))
                .body("items.find { it.id == '" + id + "' }.complete", equalTo(true))
                .extract().asString();
        assertThat(listed).doesNotContain(email, "Sara Jansen", "Onbeleefd");

        // complaint-service answers by subject key too, like every service.
        String key = JsonPath.from(listed).getString("items.find { it.id == '" + id + "' }.subjectKeys[0]");
        as("henk.hq").get("/api/subjects/" + key + "/data").then().statusCode(200)
                .body("service", equalTo("complaint-service")).body("held[0].kind", equalTo("complaints"))
                .body("held[0].items.reference", contains(reference));
        as("sanne.manager").get("/api/subjects/" + key + "/data").then().statusCode(403);
        as("henk.hq").get("/api/subjects/sk1_tooshort/data").then().statusCode(404);
    }

    @Test
    void a_service_that_does_not_answer_in_time_makes_the_request_incomplete_and_is_named() {
        given().post(stub() + "/control/notification/slow").then().statusCode(204);

        String id = subjectExport("ada.admin", Map.of("phone", "06 9876 5432", "loyaltyCard", "2345678901234"))
                .statusCode(200).body("complete", equalTo(false))
                .body(SERVICE.formatted("notification-service") + ".status", equalTo("unreachable"))
                .body(SERVICE.formatted("notification-service") + ".note", containsString("did not answer"))
                .body(SERVICE.formatted("notification-service") + ".held", nullValue())
                .body(SERVICE.formatted("incident-service") + ".status", equalTo("answered"))
                .extract().path("id");

        as("ada.admin").get("/api/subject-requests").then().statusCode(200)
                .body("items.find { it.id == '" + id + "' }.complete", equalTo(false))
                .body("items.find { it.id == '" + id + "' }.subjectKeys", hasSize(2))
                .body("items.find { it.id == '" + id + "' }.services.find { it.service == 'notification-service' }"
                        + ".status", equalTo("unreachable"));
    }

    @Test
    void erasure_erases_closed_complaints_keeps_an_open_one_and_says_why_per_service() {
        String email = "erase." + UUID.randomUUID() + "@example.org";
        String closed = filePublic(publicComplaint("utr-centraal", "staff-behaviour", "Niet geholpen.",
                Map.of("email", email))).extract().path("reference");
        String closedId = ComplaintWorkflowTest.idOf(closed);
        step("bram.manager", closedId, "start", null).statusCode(200);
        step("bram.manager", closedId, "resolve", Map.of("text", "Besproken met het team.")).statusCode(200);
        String open = filePublic(publicComplaint("utr-centraal", "staff-behaviour", "Weer niet geholpen.",
                Map.of("email", email))).extract().path("reference");

        as("ada.admin").body(Map.of("email", email, "action", "erase", "reason", "The customer's erasure request"))
                .post("/api/subject-requests").then().statusCode(200)
                .body("action", equalTo("erase")).body("complete", equalTo(true))
                .body(SERVICE.formatted("complaint-service") + ".erased[0].kind", equalTo("complaints"))
                .body(SERVICE.formatted("complaint-service") + ".erased[0].count", equalTo(1))
                .body(SERVICE.formatted("complaint-service") + ".kept.reference", contains(open))
                .body(SERVICE.formatted("complaint-service") + ".kept[0].reason", containsString("still open"))
                .body(SERVICE.formatted("sanction-service") + ".kept[0].reference", equalTo("SANCTION-2"))
                .body(SERVICE.formatted("sanction-service") + ".kept[0].reason", containsString("in force"))
                .body(SERVICE.formatted("incident-service") + ".kept", hasSize(0))
                .body(SERVICE.formatted("prevention-service") + ".status", equalTo("not-asked"));
        // notification-service was given both complaints, the closed one too: found before this service's own
        // erasure took the customer's key off it, so the mails to its complainant are erased as well.
        assertThat(query("notification").split("&")).containsExactlyInAnyOrder("complaint=" + closedId,
                "complaint=" + ComplaintWorkflowTest.idOf(open));
        assertThat(query("sanction")).isEmpty();

        // The closed complaint no longer has its complainant; the open one keeps them until it is closed.
        subjectExport("ada.admin", Map.of("email", email)).statusCode(200)
                .body(OWN_COMPLAINTS + ".reference", contains(open))
                .body(OWN_COMPLAINTS + ".reference", not(hasItem(closed)));
        as("henk.hq").get("/api/complaints/" + closedId).then().statusCode(200).body("status", equalTo("resolved"));
    }

    @Test
    void only_hq_safety_and_admins_ask_and_bad_requests_change_nothing_and_name_no_identifier() {
        String email = "refused." + UUID.randomUUID() + "@example.org";
        try (LogCapture logs = LogCapture.start()) {
            as("sanne.manager").body(Map.of("email", email, "action", "export", "reason", "Curious"))
                    .post("/api/subject-requests").then().statusCode(403).contentType("application/problem+json");
            as("sanne.manager").get("/api/subject-requests").then().statusCode(403);
            as("henk.hq").body(Map.of("email", email, "action", "download", "reason", "The customer's letter"))
                    .post("/api/subject-requests").then().statusCode(400).contentType("application/problem+json")
                    .body("detail", containsString("export")).body("detail", not(containsString("download")));
            as("henk.hq").body(Map.of("action", "export", "reason", "The customer's letter"))
                    .post("/api/subject-requests").then().statusCode(422).contentType("application/problem+json");
            Map<String, Object> noReason = new HashMap<>(Map.of("email", email, "action", "export"));
            as("henk.hq").body(noReason).post("/api/subject-requests").then().statusCode(422);
            as("henk.hq").body(Map.of("email", "not an address", "action", "export", "reason", "The letter"))
                    .post("/api/subject-requests").then().statusCode(422).body("detail", not(containsString("not an")));
            subjectExport("henk.hq", Map.of("email", email)).statusCode(200).body("id", notNullValue());
            assertThat(String.join("\n", logs.lines())).doesNotContain(email);
        }
    }

    private static String query(String service) {
        return given().get(stub() + "/control/" + service + "/query").asString();
    }

    private static String stub() {
        String incident = ConfigProvider.getConfig().getValue("quarkus.rest-client.incident-service.url", String.class);
        return incident.substring(0, incident.length() - "/incident".length());
    }

    private static String usernameIn(String authorization) {
        String payload = authorization.substring("Bearer ".length()).split("\\.")[1];
        String json = new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8);
        return JsonPath.from(json).getString("preferred_username");
    }
}
