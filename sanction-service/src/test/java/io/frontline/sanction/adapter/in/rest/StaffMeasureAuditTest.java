package io.frontline.sanction.adapter.in.rest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.frontline.platform.events.EventCodec;
import io.frontline.platform.events.EventContracts;
import io.frontline.platform.events.Topics;
import io.frontline.platform.events.procedure.ProcedureEventTypes;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static io.frontline.platform.testing.infra.Tokens.bearer;
import static io.frontline.platform.testing.infra.Tokens.user;
import static io.frontline.sanction.SanctionApi.KAFKA;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/** A staff measure is confidential: every read, granted or refused, is in the trail that HQ safety reviews. */
@QuarkusTest
@SuppressWarnings("unchecked")
class StaffMeasureAuditTest {

    @Test
    void reading_a_staff_measure_is_in_the_trail_and_a_site_manager_who_may_not_see_it_leaves_a_refused_line() {
        String id = newStaffMeasure("medewerker-" + UUID.randomUUID());

        given().header("Authorization", bearer(user("hanna.hr"))).get("/api/measures/" + id).then().statusCode(200);
        given().header("Authorization", bearer(user("bram.manager"))).get("/api/measures/" + id).then()
                .statusCode(404).contentType("application/problem+json");

        given().header("Authorization", bearer(user("henk.hq"))).queryParam("kind", "staff-measure")
                .get("/api/audit/confidential-reads").then().statusCode(200)
                .body("items.findAll { it.target == '" + id + "' }", hasSize(2))
                .body("items.find { it.target == '" + id + "' && it.actor == 'hanna.hr' }.outcome", equalTo("granted"))
                .body("items.find { it.target == '" + id + "' && it.actor == 'bram.manager' }.outcome",
                        equalTo("refused"));
        String csv = given().header("Authorization", bearer(user("ada.admin")))
                .get("/api/audit/confidential-reads/export").then().statusCode(200).extract().asString();
        assertThat(csv).contains(",bram.manager,staff-measure," + id + ",refused");
        given().header("Authorization", bearer(user("hanna.hr"))).get("/api/audit/confidential-reads").then()
                .statusCode(403).contentType("application/problem+json");
    }

    private static String newStaffMeasure(String employee) {
        ObjectNode event = (ObjectNode) read(EventContracts.sample(ProcedureEventTypes.DECISION_TAKEN_V1));
        String complaintId = UUID.randomUUID().toString();
        event.put("id", UUID.randomUUID().toString());
        event.put("subject", complaintId);
        ObjectNode data = (ObjectNode) event.get("data");
        data.put("complaintId", complaintId);
        data.put("reference", String.format("UB-2026-%06d", ThreadLocalRandom.current().nextInt(1, 999_999)));
        data.put("accusedUserId", employee);
        data.put("followsAdvice", true);
        data.put("decidedBy", "hanna.hr");
        data.put("siteId", "utr-centraal");
        data.putNull("departureReasons");
        ObjectNode sanction = data.putObject("sanction");
        sanction.put("type", "written-reprimand");
        sanction.put("employeeUserId", employee);
        KAFKA.publish(Topics.INCIDENTS, complaintId, event.toString());
        await().atMost(Duration.ofSeconds(30)).until(() -> staffMeasureOf(employee) != null);
        return staffMeasureOf(employee);
    }

    private static String staffMeasureOf(String employee) {
        List<Map<String, Object>> all = given().header("Authorization", bearer(user("hanna.hr")))
                .queryParam("limit", 500).get("/api/measures").then().statusCode(200).extract().jsonPath().getList("$");
        return all.stream().filter(m -> employee.equals(m.get("employeeId"))).map(m -> (String) m.get("id"))
                .findFirst().orElse(null);
    }

    private static com.fasterxml.jackson.databind.JsonNode read(String json) {
        try {
            return EventCodec.mapper().readTree(json);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
