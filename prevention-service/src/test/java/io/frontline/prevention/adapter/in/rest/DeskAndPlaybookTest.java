package io.frontline.prevention.adapter.in.rest;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.util.List;
import java.util.Map;

import static io.frontline.platform.testing.infra.Tokens.bearer;
import static io.frontline.platform.testing.infra.Tokens.client;
import static io.frontline.prevention.PreventionApi.clean;
import static io.frontline.prevention.PreventionApi.get;
import static io.frontline.prevention.PreventionApi.post;
import static io.frontline.prevention.PreventionApi.put;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * Every employee sees their site's consultation desk; a consultation is read only by the employee and the desk
 * person they chose. Playbooks are read by type, also by an integration such as the call-center platform.
 */
@QuarkusTest
class DeskAndPlaybookTest {
    @Inject
    DataSource dataSource;

    @BeforeEach
    void empty() {
        clean(dataSource);
        put("sanne.manager", "/api/desks/ams-centrum", Map.of(
                "firstContact", Map.of("kind", "supervisor", "name", "Sanne Visser", "userId", "sanne.manager"),
                "counsellors", List.of(Map.of("kind", "internal-counsellor", "name", "Carla Mulder",
                        "userId", "carla.counsellor"), Map.of("kind", "external-counsellor", "name", "Extern BV",
                        "phone", "+31 20 111 1111")),
                "committee", Map.of("kind", "committee", "name", "Complaints committee", "address", "Postbus 1"),
                "outsideContacts", List.of(Map.of("kind", "lawyer", "name", "Advocaten & Co")))).statusCode(200);
    }

    @Test
    void aConsultationIsReadOnlyByTheEmployeeAndTheDeskPersonTheyChose() {
        get("emma.staff", "/api/desks/ams-centrum").statusCode(200)
                .body("firstContact.name", equalTo("Sanne Visser")).body("counsellors.size()", equalTo(2))
                .body("committee.address", equalTo("Postbus 1")).body("staffed", equalTo(true));
        String id = post("emma.staff", "/api/consultations", Map.of("site", "ams-centrum",
                "deskPerson", "carla.counsellor", "subject", "A customer waits for me after work",
                "text", "A customer has waited at the exit twice after my shift.")).statusCode(201)
                .body("asIncidentReport.description", equalTo("A customer has waited at the exit twice after my shift."))
                .body("asIncidentReport.siteId", equalTo("ams-centrum"))
                .extract().path("id");
        get("carla.counsellor", "/api/consultations/" + id).statusCode(200).body("employee", equalTo("emma.staff"));
        get("emma.staff", "/api/consultations").statusCode(200).body("id", hasItem(id));
        // Her manager, HQ and an administrator do not even learn that it exists
        get("sanne.manager", "/api/consultations/" + id).statusCode(404);
        get("henk.hq", "/api/consultations/" + id).statusCode(404);
        get("ada.admin", "/api/consultations/" + id).statusCode(404);
        assertThat(get("sanne.manager", "/api/consultations").statusCode(200).extract().jsonPath().getList("$"))
                .isEmpty();
        // Only a person of the desk can be chosen
        post("emma.staff", "/api/consultations", Map.of("site", "ams-centrum", "deskPerson", "henk.hq",
                "text", "x")).statusCode(422).contentType("application/problem+json");
        put("bram.manager", "/api/desks/ams-centrum", Map.of("firstContact", Map.of("name", "Bram"))).statusCode(403);
    }

    @Test
    void thePlaybookForAnIncidentTypeIsReadByEmployeesAndIntegrationsAndDecidedByHq() {
        List<String> situations = given().header("Authorization", bearer(client("callcenter-platform")))
                .queryParam("incidentType", "threat").get("/api/playbooks").then().statusCode(200)
                .extract().jsonPath().getList("situation");
        assertThat(situations).containsExactly("threat-on-the-phone");
        // The door system checks bans only: its token is not issued for prevention-service (issue 17: audience).
        given().header("Authorization", bearer(client("door-system"))).get("/api/playbooks").then().statusCode(401);
        get("lotte.agent", "/api/playbooks/threat-on-the-phone").statusCode(200).body("responders", equalTo(2))
                .body("endingContact", org.hamcrest.Matchers.containsString("may always end"));
        Map<String, Object> change = Map.of("title", "Threat on the phone", "incidentTypes", List.of("threat"),
                "responders", 2, "endingContact", "The employee may always end the call; a colleague calls back.",
                "apology", "No apology for the employee's conduct.", "recording", "Announced and recorded.",
                "listenFor", List.of("threats"), "inform", List.of("floor supervisor"));
        put("lotte.agent", "/api/playbooks/threat-on-the-phone", change).statusCode(403);
        put("henk.hq", "/api/playbooks/threat-on-the-phone", change).statusCode(200).body("updatedBy", equalTo("henk.hq"));
        get("lotte.agent", "/api/playbooks/threat-on-the-phone").statusCode(200)
                .body("endingContact", equalTo("The employee may always end the call; a colleague calls back."));
    }
}
