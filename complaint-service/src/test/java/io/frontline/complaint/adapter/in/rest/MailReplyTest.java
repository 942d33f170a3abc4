package io.frontline.complaint.adapter.in.rest;

import io.frontline.platform.events.complaint.ComplaintEventTypes;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static io.frontline.complaint.Api.OWN_COMPLAINTS;
import static io.frontline.complaint.Api.as;
import static io.frontline.complaint.Api.asClient;
import static io.frontline.complaint.Api.eventTypes;
import static io.frontline.complaint.Api.subjectExport;
import static io.frontline.complaint.Api.step;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

/**
 * Seed 002 (confidentiality): a reply by mail joins a complaint only when it carries the signed reply token of our
 * mail, or comes from the complainant's own address; a quoted reference alone makes a new complaint, so nobody adds
 * to (or learns of) another person's complaint by guessing its reference. Only the mail gateway delivers mail.
 */
@QuarkusTest
class MailReplyTest {
    private static final String COMPLAINANT = "\"Jan de Vries\" <jan.devries@example.nl>";
    private static final String STRANGER = "\"Piet Bakker\" <piet.bakker@example.com>";
    private static final String MAILBOX = "klachten@demo-retail.example";

    @Inject
    AgroalDataSource dataSource;

    private static byte[] mail(String from, String to, String subject, String body) {
        return ("From: " + from + "\r\n"
                + "To: " + to + "\r\n"
                + "Subject: " + subject + "\r\n"
                + "Date: Mon, 16 Nov 2026 10:00:00 +0100\r\n"
                + "Message-ID: <" + System.nanoTime() + "@example.nl>\r\n"
                + "MIME-Version: 1.0\r\n"
                + "Content-Type: text/plain; charset=UTF-8\r\n"
                + "\r\n"
                + body + "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    private static io.restassured.response.ValidatableResponse post(byte[] mail) {
        return asClient("mail-gateway").contentType("message/rfc822").body(mail)
                .post("/api/intake/mail?site=ams-centrum").then();
    }

    /** A complaint the complainant sent by mail: its id and reference. */
    private static String[] complaintByMail() {
        var filed = post(mail(COMPLAINANT, MAILBOX, "Kapotte wasmachine", "De wasmachine is na twee weken kapot."))
                .statusCode(201).body("outcome", equalTo("filed")).extract();
        return new String[]{filed.path("complaintId"), filed.path("reference")};
    }

    /** The reply token our mail to the complainant carries, as notification-service reads it. */
    private static String replyToken(String complaintId) {
        return asClient("notification-service").get("/api/internal/complaints/" + complaintId + "/party-contact")
                .then().statusCode(200).extract().path("replyToken");
    }

    private static void assertNoMessageFromComplainant(String complaintId) {
        as("chris.handler").get("/api/complaints/" + complaintId + "/timeline").then().statusCode(200)
                .body("action", not(hasItem("complainant-message")));
    }

    @Test
    void a_reply_from_another_address_quoting_the_reference_becomes_a_new_complaint() {
        String[] complaint = complaintByMail();

        var outcome = post(mail(STRANGER, MAILBOX, "Re: Kapotte wasmachine [" + complaint[1] + "]",
                "Ik wil graag weten wat de klant heeft geschreven.")).statusCode(201)
                .body("outcome", equalTo("filed"))
                .body("reference", not(equalTo(complaint[1])))
                .extract();

        assertNoMessageFromComplainant(complaint[0]);
        // The stranger became the complainant of the new complaint, not of the quoted one.
        subjectExport("ada.admin", Map.of("email", "piet.bakker@example.com")).statusCode(200)
                .body(OWN_COMPLAINTS + ".reference", hasItem((String) outcome.path("reference")))
                .body(OWN_COMPLAINTS + ".reference", not(hasItem(complaint[1])));
    }

    @Test
    void a_reply_from_another_address_with_a_valid_reply_token_joins_the_complaint() {
        String[] complaint = complaintByMail();
        String token = replyToken(complaint[0]);
        assertThat(token).matches("cmp-\\d{4}-\\d{6}\\.[0-9a-f]{24}").startsWith(complaint[1].toLowerCase());

        // The complainant answers from another mailbox of theirs, to the Reply-To of our mail.
        post(mail("\"J. de Vries\" <jan@werk.example>", "klachten+" + token + "@demo-retail.example",
                "Re: Uw klacht " + complaint[1], "Het serienummer is WM-123.")).statusCode(200)
                .body("outcome", equalTo("attached"))
                .body("matchedBy", equalTo("reply-token"))
                .body("complaintId", equalTo(complaint[0]));
        // The token in the subject tag does it as well (a mail client that dropped the Reply-To).
        post(mail(STRANGER, MAILBOX, "Re: Uw klacht [#" + token.toUpperCase() + "]", "Nog een aanvulling."))
                .statusCode(200).body("outcome", equalTo("attached")).body("complaintId", equalTo(complaint[0]));

        as("chris.handler").get("/api/complaints/" + complaint[0] + "/timeline").then().statusCode(200)
                .body("findAll { it.action == 'complainant-message' }.text",
                        equalTo(java.util.List.of("Het serienummer is WM-123.", "Nog een aanvulling.")));
    }

    @Test
    void a_forged_reply_token_does_not_join_the_complaint() {
        String[] complaint = complaintByMail();
        String other = complaintByMail()[0];
        String valid = replyToken(complaint[0]);
        String forged = complaint[1].toLowerCase() + "." + "0".repeat(24);
        // Another complaint's token with this complaint's reference put in front of it.
        String otherToken = replyToken(other);
        String spliced = complaint[1].toLowerCase() + otherToken.substring(otherToken.indexOf('.'));
        assertThat(spliced).isNotEqualTo(valid);

        for (String token : new String[]{forged, spliced}) {
            post(mail(STRANGER, "klachten+" + token + "@demo-retail.example", "Re: Uw klacht " + complaint[1],
                    "Voeg dit toe aan de klacht.")).statusCode(201).body("outcome", equalTo("filed"));
        }
        assertNoMessageFromComplainant(complaint[0]);
    }

    @Test
    void a_reply_from_the_complainants_own_address_quoting_the_reference_joins_the_complaint() {
        String[] complaint = complaintByMail();

        post(mail(COMPLAINANT, MAILBOX, "Re: Kapotte wasmachine [" + complaint[1] + "]", "Het serienummer is WM-123."))
                .statusCode(200)
                .body("outcome", equalTo("attached"))
                .body("matchedBy", equalTo("sender"))
                .body("reference", equalTo(complaint[1]));
        as("chris.handler").get("/api/complaints/" + complaint[0] + "/timeline").then().statusCode(200)
                .body("find { it.action == 'complainant-message' }.text", equalTo("Het serienummer is WM-123."));
    }

    @Test
    void a_reply_to_a_question_resumes_the_response_term() throws Exception {
        String[] complaint = complaintByMail();
        String id = complaint[0];
        step("chris.handler", id, "start", null).statusCode(200);
        step("chris.handler", id, "wait-for-complainant", Map.of("text", "Wat is het serienummer?")).statusCode(200)
                .body("status", equalTo("waiting-for-complainant")).body("termPaused", equalTo(true));
        assertThat(eventTypes(dataSource, id)).contains(ComplaintEventTypes.QUESTION_ASKED_V1);

        post(mail(COMPLAINANT, "klachten+" + replyToken(id) + "@demo-retail.example",
                "Re: Een vraag over uw klacht " + complaint[1], "Het serienummer is WM-123.")).statusCode(200)
                .body("outcome", equalTo("attached"));

        as("chris.handler").get("/api/complaints/" + id).then().statusCode(200)
                .body("status", equalTo("in-progress")).body("termPaused", equalTo(false));
        as("chris.handler").get("/api/complaints/" + id + "/timeline").then().statusCode(200)
                .body("action", hasItem("resumed"));
    }

    @Test
    void only_the_mail_gateway_client_may_post_mail() {
        // Tokens for this service without the client role mail-intake.
        for (String client : new String[]{"notification-service", "callcenter-platform"}) {
            asClient(client).contentType("message/rfc822")
                    .body(mail(COMPLAINANT, MAILBOX, "Klacht", "Tekst van een klacht."))
                    .post("/api/intake/mail?site=ams-centrum").then().statusCode(403)
                    .contentType("application/problem+json")
                    .body("status", equalTo(403));
        }
        // The door system's token is issued for sanction-service only.
        asClient("door-system").contentType("message/rfc822")
                .body(mail(COMPLAINANT, MAILBOX, "Klacht", "Tekst van een klacht."))
                .post("/api/intake/mail?site=ams-centrum").then().statusCode(401);
    }
}
