package io.frontline.notification.adapter.in.rest;

import io.frontline.platform.testing.LogCapture;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static io.frontline.platform.testing.infra.Tokens.bearer;
import static io.frontline.platform.testing.infra.Tokens.user;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

/**
 * The directory's lists say who critical news would page by SMS and whether they have a mobile number (issue 15,
 * "Mobile paging"), derived from the routing rules and escalation policies the service runs with — never the number:
 * one person's record holds it.
 */
@QuarkusTest
class DirectorySmsPagingTest {
    private static final String ADMIN = "ada.admin";
    private static final String DIGITS = "687650432";
    private static final String MOBILE = "+31" + DIGITS;

    private static void add(String id, String role, String scope, String mobile) {
        given().header("Authorization", bearer(user(ADMIN))).contentType("application/json")
                .body("""
                        {"id": "%s", "name": "Sietske Sms", "email": "%s@demo-retail.example", "language": "nl",
                         "timeZone": "Europe/Amsterdam", "roles": ["%s"], %s %s}
                        """.formatted(id, id, role, scope, mobile == null ? "" : ", \"mobile\": \"" + mobile + "\""))
                .post("/api/directory/people").then().statusCode(201);
    }

    private static void deactivate(String id) {
        given().header("Authorization", bearer(user(ADMIN))).post("/api/admin/directory/" + id + "/deactivate")
                .then().statusCode(200);
    }

    @Test
    void the_lists_say_who_critical_news_pages_by_sms_and_who_has_no_number_and_never_show_the_number() {
        List<String> bodies = new ArrayList<>();
        List<String> logLines;
        try (LogCapture logs = LogCapture.start()) {
            // a regional manager is on the critical escalation policy's second level; a site manager is told of a
            // live alert by SMS and on its first level; staff are on neither
            add("sms.reachable", "regional-manager", "\"regions\": [\"south\"]", MOBILE);
            add("sms.missing", "site-manager", "\"sites\": [\"ein-centrum\"]", null);
            add("sms.unneeded", "staff", "\"sites\": [\"ein-centrum\"]", null);
            try {
                String people = given().header("Authorization", bearer(user(ADMIN))).get("/api/directory/people")
                        .then().statusCode(200)
                        .body("find { it.id == 'sms.reachable' }.smsPaging.reachable", equalTo(true))
                        .body("find { it.id == 'sms.reachable' }.smsPaging.needed", equalTo(true))
                        .body("find { it.id == 'sms.missing' }.smsPaging.reachable", equalTo(false))
                        .body("find { it.id == 'sms.missing' }.smsPaging.needed", equalTo(true))
                        .body("find { it.id == 'sms.unneeded' }.smsPaging.needed", equalTo(false))
                        .body("find { it.id == 'henk.hq' }.smsPaging.needed", equalTo(true))
                        .body("find { it.id == 'hanna.hr' }.smsPaging.needed", equalTo(false))
                        .body("find { it.id == 'emma.staff' }.smsPaging.needed", equalTo(false))
                        .extract().asString();
                bodies.add(people);
                assertThat(people).doesNotContain("\"mobile\"");

                String missing = given().header("Authorization", bearer(user(ADMIN)))
                        .queryParam("smsPaging", "missing").get("/api/directory/people")
                        .then().statusCode(200)
                        .body("id", hasItems("sms.missing"))
                        .body("id", not(hasItem("sms.reachable"))).body("id", not(hasItem("sms.unneeded")))
                        .body("id", not(hasItem("hanna.hr")))
                        .body("smsPaging.needed", everyItem(equalTo(true)))
                        .body("smsPaging.reachable", everyItem(equalTo(false)))
                        .extract().asString();
                bodies.add(missing);

                String roster = given().header("Authorization", bearer(user(ADMIN))).queryParam("q", "sms.")
                        .queryParam("smsPaging", "missing").get("/api/admin/directory")
                        .then().statusCode(200).body("person.id", contains("sms.missing"))
                        .body("active", contains(true)).extract().asString();
                bodies.add(roster);
                String reachable = given().header("Authorization", bearer(user(ADMIN)))
                        .queryParam("q", "sms.reachable").get("/api/admin/directory")
                        .then().statusCode(200).body("person.smsPaging.reachable", contains(true))
                        .body("person.smsPaging.needed", contains(true)).extract().asString();
                bodies.add(reachable);

                // one person's record keeps the number, as it always did
                given().header("Authorization", bearer(user(ADMIN))).get("/api/directory/people/sms.reachable")
                        .then().statusCode(200).body("mobile", equalTo(MOBILE));
            } finally {
                // the other tests of the run expect the sites and regions' managers as the directory file has them
                deactivate("sms.reachable");
                deactivate("sms.missing");
                deactivate("sms.unneeded");
            }
            logLines = logs.lines();
        }
        for (String body : bodies) {
            assertThat(body).doesNotContain(DIGITS);
        }
        assertThat(logLines).noneMatch(l -> l.contains(DIGITS));

        // a deactivated person receives nothing, so is paged by nothing
        given().header("Authorization", bearer(user(ADMIN))).queryParam("q", "sms.")
                .queryParam("smsPaging", "missing").get("/api/admin/directory")
                .then().statusCode(200).body("person.id", empty());
        given().header("Authorization", bearer(user(ADMIN))).queryParam("q", "sms.missing").get("/api/admin/directory")
                .then().statusCode(200).body("person.smsPaging.needed", contains(false)).body("active", contains(false));
    }

    @Test
    void an_unknown_filter_is_a_problem_that_names_the_allowed_value_without_repeating_the_input() {
        for (String path : List.of("/api/directory/people", "/api/admin/directory")) {
            String problem = given().header("Authorization", bearer(user(ADMIN))).queryParam("smsPaging", "everyone-xyz")
                    .get(path).then().statusCode(400).contentType("application/problem+json").extract().asString();
            assertThat(problem).contains("missing").doesNotContain("everyone-xyz");
        }
    }

    @Test
    void only_administrators_read_who_cannot_be_paged() {
        for (String role : List.of("sanne.manager", "henk.hq", "emma.staff")) {
            given().header("Authorization", bearer(user(role))).queryParam("smsPaging", "missing")
                    .get("/api/directory/people").then().statusCode(403);
            given().header("Authorization", bearer(user(role))).queryParam("smsPaging", "missing")
                    .get("/api/admin/directory").then().statusCode(403);
        }
        given().queryParam("smsPaging", "missing").get("/api/directory/people").then().statusCode(401);
    }
}
