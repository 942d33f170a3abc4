package io.frontline.complaint.adapter.in.rest;

import io.frontline.platform.testing.MutableClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.frontline.complaint.Api.as;
import static io.frontline.complaint.Api.at;
import static io.frontline.complaint.Api.filePublic;
import static io.frontline.complaint.Api.publicClient;
import static io.frontline.complaint.Api.publicComplaint;
import static io.frontline.complaint.Api.step;
import static io.frontline.complaint.Api.track;
import static io.frontline.complaint.adapter.in.rest.ComplaintWorkflowTest.idOf;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the service says on a timeline travels as a code with parameters, so that a page shows it in the reader's
 * language (nl, en, ja); only the words a person wrote travel as text.
 */
@QuarkusTest
class TimelineCodesTest {
    /** Fragments of the English sentences the service used to write into timelines and tracking answers. */
    private static final List<String> SERVICE_SENTENCES = List.of("We received your complaint", "You will have",
            "Escalated to", "Answer due", "Assigned to", "Received by", "was due on", "Not satisfied",
            "Still not satisfied", "Reopened", "Demand ");

    @AfterEach
    void resetClock() {
        MutableClock.shared().reset();
    }

    @Test
    void the_complainant_tracking_a_complaint_reads_codes_and_parameters_and_no_sentence_made_by_the_service() {
        at("2027-03-01T09:00:00Z");
        var filed = filePublic(publicComplaint("ams-centrum", "delivery", "Bestelling kwam niet aan.", null)).extract();
        String reference = filed.path("reference");
        String secret = filed.path("trackingSecret");
        String id = idOf(reference);
        step("chris.handler", id, "start", null).statusCode(200);
        step("chris.handler", id, "wait-for-complainant", Map.of("text", "Wat is het bestelnummer?")).statusCode(200);
        publicClient().header("X-Tracking-Secret", secret).body(Map.of("text", "Bestelling 4711"))
                .post("/api/public/complaints/" + reference + "/messages").then().statusCode(200);
        step("sanne.manager", id, "escalate", Map.of("level", "management", "reason", "Derde keer mis"))
                .statusCode(200);
        step("chris.handler", id, "resolve", Map.of("text", "Opnieuw verzonden met spoed.")).statusCode(200);
        publicClient().header("X-Tracking-Secret", secret).body(Map.of())
                .post("/api/public/complaints/" + reference + "/reopen").then().statusCode(200);

        String body = track(reference, secret).statusCode(200).extract().asString();
        assertThat(body).doesNotContain(SERVICE_SENTENCES);
        JsonPath tracking = JsonPath.from(body);
        assertThat(tracking.getList("messages.code", String.class)).containsExactly("complaint.acknowledged",
                "complaint.waiting-for-complainant", "complaint.complainant-message", "complaint.escalated",
                "complaint.resolved", "complaint.reopened");
        assertThat(tracking.getMap("messages.find { it.code == 'complaint.acknowledged' }.params"))
                .containsEntry("reference", reference).containsEntry("responseDue", "2027-03-15");
        assertThat(tracking.getString("messages.find { it.code == 'complaint.acknowledged' }.text")).isNull();
        assertThat(tracking.getMap("messages.find { it.code == 'complaint.escalated' }.params"))
                .containsEntry("level", "management");
        assertThat(tracking.getString("messages.find { it.code == 'complaint.escalated' }.text"))
                .isEqualTo("Derde keer mis");
        assertThat(tracking.getString("messages.find { it.code == 'complaint.reopened' }.text")).isNull();
        assertThat(tracking.getString("messages.find { it.code == 'complaint.reopened' }.params.responseDue"))
                .isEqualTo("2027-03-15");
        assertThat(tracking.getString("status")).isEqualTo("in-progress");
        assertThat(tracking.getList("escalationOptions.code"))
                .containsExactly("complaint.escalation-option.external-committee");
    }

    @Test
    void the_staff_timeline_gives_every_entry_a_code_and_keeps_text_for_what_a_person_wrote() {
        var filed = filePublic(publicComplaint("ams-centrum", "billing", "Dubbel afgeschreven.", null)).extract();
        String id = idOf(filed.path("reference"));
        step("chris.handler", id, "assign", Map.of("assignee", "chris.handler")).statusCode(200);
        step("chris.handler", id, "start", null).statusCode(200);
        step("chris.handler", id, "conduct", Map.of("demand", "reasonable", "manner", "acceptable",
                "reason", "Zakelijk geformuleerd")).statusCode(200);
        step("chris.handler", id, "messages", Map.of("visibility", "internal", "text", "Bank gebeld")).statusCode(200);

        String body = as("chris.handler").get("/api/complaints/" + id + "/timeline").then().statusCode(200)
                .extract().asString();
        assertThat(body).doesNotContain(SERVICE_SENTENCES);
        JsonPath timeline = JsonPath.from(body);
        assertThat(timeline.getList("code", String.class)).containsExactly("complaint.received",
                "complaint.acknowledged", "complaint.assigned", "complaint.in-progress", "complaint.conduct-assessed",
                "complaint.note");
        assertThat(timeline.getMap("find { it.code == 'complaint.received' }.params")).containsEntry("channel", "web");
        assertThat(timeline.getMap("find { it.code == 'complaint.assigned' }.params"))
                .containsEntry("assignee", "chris.handler");
        assertThat(timeline.getMap("find { it.code == 'complaint.conduct-assessed' }.params"))
                .containsEntry("demand", "reasonable").containsEntry("manner", "acceptable");
        assertThat(timeline.getString("find { it.code == 'complaint.conduct-assessed' }.text"))
                .isEqualTo("Zakelijk geformuleerd");
        assertThat(timeline.getString("find { it.code == 'complaint.note' }.text")).isEqualTo("Bank gebeld");
        assertThat(timeline.getList("findAll { it.code in ['complaint.received', 'complaint.acknowledged', "
                + "'complaint.assigned', 'complaint.in-progress'] }.text")).containsOnlyNulls();
    }
}
