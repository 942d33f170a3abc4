package io.frontline.complaint.adapter.in.rest;

import io.agroal.api.AgroalDataSource;
import io.frontline.platform.events.complaint.ComplaintEventTypes;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static io.frontline.complaint.Api.OWN_COMPLAINTS;
import static io.frontline.complaint.Api.as;
import static io.frontline.complaint.Api.asClient;
import static io.frontline.complaint.Api.eventPayloads;
import static io.frontline.complaint.Api.eventTypes;
import static io.frontline.complaint.Api.subjectExport;
import static io.frontline.platform.testing.infra.Tokens.bearer;
import static io.frontline.platform.testing.infra.Tokens.user;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

/** Seed 002: complaints arrive by e-mail too; the mail gateway hands over the raw message. */
@QuarkusTest
class MailIntakeTest {
    @Inject
    AgroalDataSource dataSource;

    private static String mail(String subject, String body) {
        return "From: \"Jan de Vries\" <jan.devries@example.nl>\r\n"
                + "To: klachten@demo-retail.example\r\n"
                + "Subject: " + subject + "\r\n"
                + "Date: Mon, 16 Nov 2026 10:00:00 +0100\r\n"
                + "Message-ID: <" + System.nanoTime() + "@example.nl>\r\n"
                + "MIME-Version: 1.0\r\n"
                + "Content-Type: multipart/alternative; boundary=\"b1\"\r\n"
                + "\r\n"
                + "--b1\r\n"
                + "Content-Type: text/plain; charset=UTF-8\r\n"
                + "Content-Transfer-Encoding: quoted-printable\r\n"
                + "\r\n"
                + body + "\r\n"
                + "--b1\r\n"
                + "Content-Type: text/html; charset=UTF-8\r\n"
                + "\r\n"
                + "<p>" + body + "</p>\r\n"
                + "--b1--\r\n";
    }

    @Test
    void a_new_mail_becomes_a_complaint_and_a_reply_quoting_its_reference_joins_it() throws Exception {
        String body = "De wasmachine is na twee weken kapot. Graag een oplossing.";
        var filed = asClient("mail-gateway").contentType("message/rfc822")
                .body(mail("Kapotte wasmachine", body).getBytes(StandardCharsets.UTF_8))
                .post("/api/intake/mail?site=ams-centrum")
                .then().statusCode(201)
                .body("outcome", equalTo("filed"))
                .body("reference", matchesPattern("CMP-\\d{4}-\\d{6}"))
                .extract();
        String id = filed.path("complaintId");
        String reference = filed.path("reference");

        as("chris.handler").get("/api/complaints/" + id).then().statusCode(200)
                .body("channel", equalTo("email"))
                .body("subject", equalTo("Kapotte wasmachine"))
                .body("description", equalTo(body))
                .body("description", not(containsString("jan.devries")));

        asClient("mail-gateway").contentType("message/rfc822")
                .body(mail("Re: Kapotte wasmachine [" + reference + "]", "Het serienummer is WM-123.")
                        .getBytes(StandardCharsets.UTF_8))
                .post("/api/intake/mail")
                .then().statusCode(200)
                .body("outcome", equalTo("attached"))
                .body("reference", equalTo(reference));
        as("chris.handler").get("/api/complaints/" + id + "/timeline").then().statusCode(200)
                .body("find { it.action == 'complainant-message' }.text", equalTo("Het serienummer is WM-123."))
                .body("find { it.action == 'complainant-message' }.visibility", equalTo("complainant"));

        assertThat(eventTypes(dataSource, id)).containsExactly(ComplaintEventTypes.RECEIVED_V1,
                ComplaintEventTypes.ACKNOWLEDGED_V1);
        assertThat(String.join("", eventPayloads(dataSource, id))).doesNotContain("jan.devries", "Jan de Vries");

        // The sender became the complainant: a subject-access request by that address finds the complaint.
        subjectExport("ada.admin", Map.of("email", "jan.devries@example.nl")).statusCode(200)
                .body(OWN_COMPLAINTS + ".reference", hasItem(reference))
                .body(OWN_COMPLAINTS + ".find { it.reference == '" + reference + "' }.name", equalTo("Jan de Vries"));
    }

    @Test
    void only_the_mail_gateway_integration_delivers_mail_and_garbage_is_refused() {
        given().header("Authorization", bearer(user("emma.staff"))).contentType("message/rfc822")
                .body(mail("Test", "Tekst").getBytes(StandardCharsets.UTF_8))
                .post("/api/intake/mail").then().statusCode(403);
        asClient("mail-gateway").contentType("message/rfc822").body(new byte[0])
                .post("/api/intake/mail").then().statusCode(422);
    }
}
