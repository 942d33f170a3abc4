package io.frontline.notification.adapter.in.rest;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.frontline.platform.testing.infra.Tokens.bearer;
import static io.frontline.platform.testing.infra.Tokens.user;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
class DirectoryResourceTest {
    private static final String ADMIN = "ada.admin";

    private static String person(String id, String email, String site) {
        return """
                {"id": "%s", "name": "Pieter Post", "email": "%s", "webhookUrl": "https://chat.example.org/hooks/1",
                 "language": "nl", "timeZone": "Europe/Amsterdam", "quietHours": {"start": "22:00", "end": "07:00"},
                 "roles": ["staff"], "sites": ["%s"], "regions": []}
                """.formatted(id, email, site);
    }

    @Test
    void an_administrator_adds_a_person_with_quiet_hours_and_a_webhook_and_changes_their_language() {
        given().header("Authorization", bearer(user(ADMIN))).contentType("application/json")
                .body(person("pieter.post", "pieter.post@demo-retail.example", "utr-centraal"))
                .post("/api/directory/people")
                .then().statusCode(201).header("Location", org.hamcrest.Matchers.endsWith("/api/directory/people/pieter.post"))
                .body("quietHours.start", equalTo("22:00")).body("webhookUrl", equalTo("https://chat.example.org/hooks/1"));

        given().header("Authorization", bearer(user(ADMIN))).contentType("application/json")
                .body(person("pieter.post", "pieter.post@demo-retail.example", "utr-centraal").replace("\"nl\"", "\"ja\""))
                .put("/api/directory/people/pieter.post")
                .then().statusCode(200).body("language", equalTo("ja"));

        given().header("Authorization", bearer(user(ADMIN))).get("/api/directory/people/pieter.post")
                .then().statusCode(200).body("language", equalTo("ja")).body("quietHours.end", equalTo("07:00"))
                .body("sites", hasItem("utr-centraal"));
        given().header("Authorization", bearer(user(ADMIN))).get("/api/directory/people")
                .then().statusCode(200).body("id", hasItem("sanne.manager"));
    }

    @Test
    void a_person_with_a_bad_e_mail_or_an_unknown_site_is_refused_with_a_problem() {
        given().header("Authorization", bearer(user(ADMIN))).contentType("application/json")
                .body(person("bad.mail", "not-an-address", "utr-centraal"))
                .post("/api/directory/people")
                .then().statusCode(400).contentType("application/problem+json");
        given().header("Authorization", bearer(user(ADMIN))).contentType("application/json")
                .body(person("no.site", "no.site@demo-retail.example", "atlantis"))
                .post("/api/directory/people")
                .then().statusCode(422).contentType("application/problem+json");
        given().header("Authorization", bearer(user(ADMIN))).contentType("application/json")
                .body(person("bad.hours", "bad.hours@demo-retail.example", "utr-centraal").replace("22:00", "25:00"))
                .post("/api/directory/people")
                .then().statusCode(422).contentType("application/problem+json");
        given().header("Authorization", bearer(user(ADMIN))).get("/api/directory/people/no.site")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void adding_someone_who_is_there_already_is_a_conflict() {
        given().header("Authorization", bearer(user(ADMIN))).contentType("application/json")
                .body(person("sanne.manager", "sanne.manager@demo-retail.example", "ams-centrum"))
                .post("/api/directory/people")
                .then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void only_administrators_keep_the_directory_and_only_they_and_hq_safety_read_deliveries() {
        given().header("Authorization", bearer(user("sanne.manager"))).get("/api/directory/people")
                .then().statusCode(403);
        given().header("Authorization", bearer(user("sanne.manager"))).get("/api/deliveries")
                .then().statusCode(403);
        given().header("Authorization", bearer(user("henk.hq"))).get("/api/deliveries?status=failed")
                .then().statusCode(200);
        given().header("Authorization", bearer(user(ADMIN))).get("/api/deliveries?status=lost")
                .then().statusCode(422).contentType("application/problem+json");
        given().get("/api/directory/people").then().statusCode(401);
    }
}
