package io.frontline.complaint.adapter.in.rest;

import io.frontline.complaint.application.port.in.GetPartyContactQuery;
import io.frontline.platform.domain.AccessDenied;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static io.frontline.complaint.Api.as;
import static io.frontline.complaint.Api.asClient;
import static io.frontline.complaint.Api.filePublic;
import static io.frontline.complaint.Api.publicComplaint;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

/** Every read of a complainant's contact data leaves a line in the trail, granted or refused; HQ safety reviews it. */
@QuarkusTest
class ContactDataAuditTest {
    @Inject
    GetPartyContactQuery partyContact;

    @Test
    void reading_a_complainants_contact_data_is_in_the_trail_with_who_what_and_when() {
        String id = idOfNew("ams-centrum", "klant.een@example.org");

        asClient("notification-service").get(contactOf(id)).then().statusCode(200);

        as("henk.hq").queryParam("kind", "complainant-contact").queryParam("actor", "notification-service")
                .get("/api/audit/confidential-reads").then().statusCode(200)
                .body("items.find { it.target == '" + id + "' }.outcome", equalTo("granted"))
                .body("items.find { it.target == '" + id + "' }.at", not(equalTo(null)))
                .body(not(containsString("klant.een@example.org")));
    }

    @Test
    void a_reader_with_the_role_but_not_among_the_configured_clients_leaves_a_refused_line_that_survives_the_refusal() {
        String id = idOfNew("utr-centraal", "klant.twee@example.org");

        // The client role party-contact opens the endpoint; frontline.complaint.party-contact.clients narrows it
        // further, and the endpoint hands such a reader to the query as not permitted.
        assertThatThrownBy(() -> partyContact.partyContact("other-gateway", false, UUID.fromString(id)))
                .isInstanceOf(AccessDenied.class);

        as("ada.admin").queryParam("outcome", "refused").queryParam("actor", "other-gateway")
                .get("/api/audit/confidential-reads").then().statusCode(200)
                .body("items.findAll { it.target == '" + id + "' }", hasSize(1))
                .body("items.find { it.target == '" + id + "' }.kind", equalTo("complainant-contact"));
    }

    @Test
    void a_client_without_the_contact_role_is_refused_before_anything_is_read() {
        String id = idOfNew("utr-centraal", "klant.vier@example.org");

        // The call-center platform's token is for this service, without the role; the door system's is not for it.
        asClient("callcenter-platform").get(contactOf(id)).then().statusCode(403)
                .body(not(containsString("klant.vier@example.org")));
        asClient("door-system").get(contactOf(id)).then().statusCode(401);

        as("ada.admin").queryParam("kind", "complainant-contact")
                .get("/api/audit/confidential-reads").then().statusCode(200)
                .body("items.findAll { it.target == '" + id + "' }", hasSize(0));
    }

    @Test
    void hq_safety_exports_the_trail_as_csv_and_a_site_manager_may_not_see_it() {
        String id = idOfNew("ein-centrum", "klant.drie@example.org");
        asClient("notification-service").get(contactOf(id)).then().statusCode(200);

        String csv = as("henk.hq").queryParam("kind", "complainant-contact")
                .get("/api/audit/confidential-reads/export").then().statusCode(200)
                .contentType(startsWith("text/csv"))
                .header("Content-Disposition", containsString("confidential-reads.csv"))
                .extract().asString();
        org.junit.jupiter.api.Assertions.assertTrue(csv.startsWith("id,at,actor,kind,target,outcome\r\n"), csv);
        org.junit.jupiter.api.Assertions.assertTrue(
                csv.contains(",notification-service,complainant-contact," + id + ",granted\r\n"), csv);

        as("sanne.manager").get("/api/audit/confidential-reads").then().statusCode(403);
        as("sanne.manager").get("/api/audit/confidential-reads/export").then().statusCode(403);
        as("henk.hq").queryParam("outcome", "maybe").get("/api/audit/confidential-reads").then().statusCode(400)
                .contentType("application/problem+json");
    }

    private static String idOfNew(String site, String email) {
        return ComplaintWorkflowTest.idOf(filePublic(publicComplaint(site, "product", "Kapot geleverd.",
                Map.of("email", email))).extract().path("reference"));
    }

    private static String contactOf(String complaintId) {
        return "/api/internal/complaints/" + complaintId + "/party-contact";
    }
}
