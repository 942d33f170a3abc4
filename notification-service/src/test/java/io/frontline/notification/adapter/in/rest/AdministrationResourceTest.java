package io.frontline.notification.adapter.in.rest;

import io.agroal.api.AgroalDataSource;
import io.frontline.notification.ComplaintEvents;
import io.frontline.notification.Deliveries;
import io.frontline.notification.Events;
import io.frontline.notification.Events.Event;
import io.frontline.platform.events.complaint.ComplaintEventTypes;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static io.frontline.platform.testing.infra.Tokens.bearer;
import static io.frontline.platform.testing.infra.Tokens.user;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

/** Administration (issue 14): deactivating people, and the configuration as this service loaded it. */
@QuarkusTest
class AdministrationResourceTest {
    private static final String ADMIN = "ada.admin";

    @Inject
    AgroalDataSource dataSource;

    private static void add(String id) {
        given().header("Authorization", bearer(user(ADMIN))).contentType("application/json")
                .body("""
                        {"id": "%s", "name": "Wim Waarnemer", "email": "%s@demo-retail.example", "language": "nl",
                         "timeZone": "Europe/Amsterdam", "roles": ["site-manager"], "sites": ["utr-centraal"]}
                        """.formatted(id, id))
                .post("/api/directory/people").then().statusCode(201);
    }

    @Test
    void a_deactivated_manager_is_not_routed_to_until_reactivated() {
        ComplaintEvents.awaitConsumerReady(dataSource);
        add("wim.deactivated");
        given().header("Authorization", bearer(user(ADMIN))).post("/api/admin/directory/wim.deactivated/deactivate")
                .then().statusCode(200).body("active", equalTo(false)).body("deactivatedBy", equalTo(ADMIN))
                .body("deactivatedAt", notNullValue());

        Event whileInactive = Events.of(ComplaintEventTypes.RECEIVED_V1, d -> d.put("siteId", "utr-centraal")
                .put("reference", Events.reference("CMP"))).publish();
        await().atMost(Duration.ofSeconds(30)).until(() ->
                Deliveries.ofEvent(whileInactive.eventId(), "bram.manager", "email") != null);
        assertThat(Deliveries.ofEvent(whileInactive.eventId())).extracting(d -> d.get("recipientId"))
                .doesNotContain("wim.deactivated");

        given().header("Authorization", bearer(user(ADMIN))).post("/api/admin/directory/wim.deactivated/reactivate")
                .then().statusCode(200).body("active", equalTo(true));
        try {
            Event whileActive = Events.of(ComplaintEventTypes.RECEIVED_V1, d -> d.put("siteId", "utr-centraal")
                    .put("reference", Events.reference("CMP"))).publish();
            await().atMost(Duration.ofSeconds(30)).until(() ->
                    Deliveries.ofEvent(whileActive.eventId(), "wim.deactivated", "email") != null);
        } finally {
            // the other tests of the run expect utr-centraal's managers as the directory file has them
            given().header("Authorization", bearer(user(ADMIN))).post("/api/admin/directory/wim.deactivated/deactivate")
                    .then().statusCode(200);
        }
    }

    @Test
    void the_list_shows_inactive_people_and_searches_by_name_and_mail() {
        add("wim.searched");
        given().header("Authorization", bearer(user(ADMIN))).post("/api/admin/directory/wim.searched/deactivate")
                .then().statusCode(200);

        given().header("Authorization", bearer(user(ADMIN))).queryParam("q", "WIM.SEARCHED@demo")
                .get("/api/admin/directory")
                .then().statusCode(200).body("person.id", contains("wim.searched")).body("active", contains(false));
        given().header("Authorization", bearer(user(ADMIN))).queryParam("active", "false")
                .get("/api/admin/directory")
                .then().statusCode(200).body("person.id", hasItem("wim.searched")).body("active", everyItem(equalTo(false)));
        // the routing directory holds only active people
        given().header("Authorization", bearer(user(ADMIN))).get("/api/directory/people")
                .then().statusCode(200).body("id", org.hamcrest.Matchers.not(hasItem("wim.searched")));
    }

    @Test
    void an_administrator_cannot_deactivate_themselves_or_someone_unknown() {
        given().header("Authorization", bearer(user(ADMIN))).post("/api/admin/directory/ada.admin/deactivate")
                .then().statusCode(422).contentType("application/problem+json");
        given().header("Authorization", bearer(user(ADMIN))).post("/api/admin/directory/nobody.here/deactivate")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void only_administrators_keep_the_directory_and_hq_safety_may_read_the_configuration() {
        given().header("Authorization", bearer(user("sanne.manager"))).get("/api/admin/directory").then().statusCode(403);
        given().header("Authorization", bearer(user("henk.hq"))).get("/api/admin/directory").then().statusCode(403);
        given().header("Authorization", bearer(user("sanne.manager"))).post("/api/admin/directory/bram.manager/deactivate")
                .then().statusCode(403);
        for (String page : new String[]{"organisation", "routing-rules", "escalation-policies"}) {
            given().header("Authorization", bearer(user("sanne.manager"))).get("/api/admin/configuration/" + page)
                    .then().statusCode(403);
            given().header("Authorization", bearer(user("henk.hq"))).get("/api/admin/configuration/" + page)
                    .then().statusCode(200);
            given().get("/api/admin/configuration/" + page).then().statusCode(401);
        }
    }

    @Test
    void the_configuration_is_what_the_files_say() {
        given().header("Authorization", bearer(user(ADMIN))).get("/api/admin/configuration/organisation")
                .then().statusCode(200)
                .body("sites.find { it.id == 'ams-centrum' }.timeZone", equalTo("Europe/Amsterdam"))
                .body("sites.find { it.id == 'ams-centrum' }.workingDays", hasItem("monday"))
                .body("regions.id", hasItem("north"));
        given().header("Authorization", bearer(user(ADMIN))).get("/api/admin/configuration/escalation-policies")
                .then().statusCode(200)
                .body("find { it.name == 'critical' }.levels.acknowledgeWithin", contains("PT5M", "PT10M", "PT10M"))
                .body("find { it.name == 'critical' }.levels[0].who", contains("site-manager"))
                .body("find { it.name == 'critical' }.repeat", equalTo(2));
        given().header("Authorization", bearer(user(ADMIN))).get("/api/admin/configuration/routing-rules")
                .then().statusCode(200).body("eventType", hasItem(ComplaintEventTypes.RECEIVED_V1));
    }
}
