package io.frontline.web.counsel;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/**
 * The counsellor's pages against a stand-in of incident-service's answers (seed 004): consent for a reporter with an
 * account is theirs to give, so the counsellor's page offers no form for it; an action without consent is refused in
 * the page with the reason; a note the service refuses is a 404 page with nothing of the note; the reporter's page
 * says what each consent means and never asks for the note's text.
 */
@QuarkusTest
@TestProfile(IncidentServiceStand.class)
class CounselPagesTest {

    @Test
    @TestSecurity(user = "carla.counsellor", roles = "counsellor")
    void for_a_reporter_with_an_account_the_page_says_the_employee_gives_consent_and_offers_no_form() {
        given().header("Accept-Language", "en").get("/counsel/notes/" + IncidentServiceStand.WITH_ACCOUNT)
                .then().statusCode(200)
                .body(containsString(IncidentServiceStand.TEXT), containsString("id=\"consent-by-employee\""),
                        containsString("emma.staff gives or withdraws consent themselves"),
                        not(containsString("id=\"consent-form\"")), containsString("id=\"action-form\""));
    }

    @Test
    @TestSecurity(user = "carla.counsellor", roles = "counsellor")
    void for_an_anonymous_reporter_the_counsellor_records_consent_with_how_it_was_given() {
        given().header("Accept-Language", "en").get("/counsel/notes/" + IncidentServiceStand.ANONYMOUS)
                .then().statusCode(200)
                .body(containsString("id=\"consent-form\""), containsString("name=\"how\" value=\"phone\""),
                        containsString("id=\"complaint-needs-consent\""), not(containsString("id=\"complaint-form\"")));
    }

    @Test
    @TestSecurity(user = "carla.counsellor", roles = "counsellor")
    void an_action_without_consent_in_force_is_refused_in_the_page_with_the_reason() {
        Response form = given().header("Accept-Language", "en")
                .get("/counsel/notes/" + IncidentServiceStand.ANONYMOUS);
        String token = csrf(form.asString());
        given().header("Accept-Language", "en").cookies(form.getCookies()).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", token).formParam("purpose", "police-report")
                .formParam("description", "Begeleiding bij aangifte")
                .post("/counsel/notes/" + IncidentServiceStand.ANONYMOUS + "/actions")
                .then().statusCode(422)
                .body(containsString("id=\"action-purpose-error\""),
                        containsString("no consent in force for &quot;Police report&quot;"),
                        containsString("Begeleiding bij aangifte"));
        assertThat(IncidentServiceStand.REQUESTS).anyMatch(r -> r.startsWith("POST /api/procedure/counsellor-notes/"
                + IncidentServiceStand.ANONYMOUS + "/actions") && r.contains("police-report"));
    }

    @Test
    @TestSecurity(user = "carla.counsellor", roles = "counsellor")
    void with_consent_to_a_formal_complaint_the_note_becomes_one_filed_from_the_note_and_its_reference_is_shown() {
        given().header("Accept-Language", "en").get("/counsel/notes/" + IncidentServiceStand.WITH_ACCOUNT)
                .then().statusCode(200).body(not(containsString("id=\"complaint-form\"")));
        Response page = given().header("Accept-Language", "en").get("/counsel/notes/" + IncidentServiceStand.FORMAL);
        page.then().statusCode(200).body(containsString("id=\"complaint-form\""));
        given().header("Accept-Language", "en").cookies(page.getCookies()).redirects().follow(false)
                .contentType("application/x-www-form-urlencoded").formParam("csrf-token", csrf(page.asString()))
                .formParam("accused", "daan.staff").formParam("complaint", "Daan intimideert Emma al maanden.")
                .post("/counsel/notes/" + IncidentServiceStand.FORMAL + "/complaint")
                .then().statusCode(303).header("Location", containsString("done=filed%3AUB-2026-000042"));
        assertThat(IncidentServiceStand.REQUESTS).anyMatch(r -> r.startsWith("POST /api/procedure/complaints")
                && r.contains("\"counsellorNoteId\":\"" + IncidentServiceStand.FORMAL + "\"")
                && r.contains("daan.staff"));
        given().header("Accept-Language", "en").get("/counsel/notes/" + IncidentServiceStand.FORMAL
                + "?done=filed:UB-2026-000042").then().statusCode(200)
                .body(containsString("The formal complaint is filed: UB-2026-000042."));
    }

    @Test
    @TestSecurity(user = "sanne.manager", roles = "site-manager")
    void a_note_the_service_refuses_is_a_not_found_page_with_nothing_of_the_note() {
        String other = "6f1d2c3e-0000-4000-8000-0000000000ff";
        given().header("Accept-Language", "en").get("/counsel/notes/" + other).then().statusCode(404)
                .body(not(containsString("politie")), not(containsString("consent-form")));
        assertThat(IncidentServiceStand.REQUESTS).as("the read is asked of the service, which audits it")
                .contains("GET /api/procedure/counsellor-notes/" + other);
    }

    @Test
    @TestSecurity(user = "emma.staff", roles = "staff")
    void the_reporter_sees_what_each_consent_means_withdraws_what_is_given_and_gives_the_others() {
        IncidentServiceStand.REQUESTS.clear();
        given().header("Accept-Language", "en").get("/counsel/mine").then().statusCode(200)
                .body(containsString("Conversation with carla.counsellor"),
                        containsString("The counsellor may support you in reporting it to the police."),
                        containsString("id=\"withdraw-investigate-" + IncidentServiceStand.WITH_ACCOUNT + "\""),
                        containsString("id=\"give-formal-complaint-" + IncidentServiceStand.WITH_ACCOUNT + "\""),
                        not(containsString(IncidentServiceStand.TEXT)));
        assertThat(IncidentServiceStand.REQUESTS).as("the reporter's page never asks for the note itself")
                .containsExactly("GET /api/procedure/my-counsellor-notes");
    }

    @Test
    @TestSecurity(user = "carla.counsellor", roles = "counsellor")
    void the_counsellor_lists_her_notes_with_consents_in_force_and_actions_and_pages_on() {
        given().header("Accept-Language", "en").get("/counsel").then().statusCode(200)
                .body(containsString("/counsel/notes/" + IncidentServiceStand.WITH_ACCOUNT),
                        containsString("Investigate"), containsString("actions: 2"),
                        containsString("/counsel?cursor=c2Vjb25k"));
    }

    @Test
    @TestSecurity(user = "carla.counsellor", roles = "counsellor")
    void a_first_report_names_its_reporter_unless_it_is_anonymous() {
        Response form = given().header("Accept-Language", "en").get("/counsel/new");
        form.then().statusCode(200).body(containsString("id=\"kind-anonymous\""));
        given().header("Accept-Language", "en").cookies(form.getCookies())
                .contentType("application/x-www-form-urlencoded").formParam("csrf-token", csrf(form.asString()))
                .formParam("kind", "no-account").formParam("text", "Uitzendkracht vertelt over pesten")
                .post("/counsel/new").then().statusCode(422)
                .body(containsString("id=\"reporter-error\""), containsString("Uitzendkracht vertelt over pesten"));
    }

    @Test
    @TestSecurity(user = "emma.staff", roles = "staff")
    void an_employee_gets_neither_the_counsellors_list_nor_the_read_trail() {
        given().get("/counsel").then().statusCode(403);
        given().get("/counsel/new").then().statusCode(403);
        given().get("/counsel/reads").then().statusCode(403);
    }

    private static String csrf(String html) {
        Matcher m = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"").matcher(html);
        assertThat(m.find()).as("the form carries a CSRF token").isTrue();
        return m.group(1);
    }
}
