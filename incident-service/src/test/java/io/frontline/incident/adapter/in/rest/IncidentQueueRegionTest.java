package io.frontline.incident.adapter.in.rest;

import io.frontline.platform.testing.MutableClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static io.frontline.platform.testing.infra.Tokens.bearer;
import static io.frontline.platform.testing.infra.Tokens.user;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14: a region dashboard's drill-down lists exactly that region — the queue's {@code region} filter narrows to
 * the region's sites within the reader's scope, in the query itself.
 */
@QuarkusTest
class IncidentQueueRegionTest {
    @AfterEach
    void resetClock() {
        MutableClock.shared().reset();
    }

    private static String report(String user, String site) {
        String id = given().header("Authorization", bearer(user(user))).contentType(ContentType.JSON)
                .body(Map.of("site", site, "types", List.of("threat"), "description", "Klant dreigde aan de balie.",
                        "immediateDanger", false))
                .post("/api/incidents").then().statusCode(201).extract().path("id");
        MutableClock.shared().advance(Duration.ofMinutes(1));
        return id;
    }

    private static List<String> ids(String user, String query) {
        return given().header("Authorization", bearer(user(user))).get("/api/incidents?" + query)
                .then().statusCode(200).extract().jsonPath().getList("items.id", String.class);
    }

    @Test
    void the_region_filter_lists_exactly_the_regions_incidents_and_never_beyond_the_readers_scope() {
        Instant from = Instant.parse("2020-01-01T08:00:00Z").plus(Duration.ofDays(ThreadLocalRandom.current()
                .nextInt(0, 300)));
        MutableClock.shared().set(from);
        String amsterdam = report("emma.staff", "ams-centrum");
        String utrecht = report("daan.staff", "utr-centraal");
        String eindhoven = report("fleur.manager", "ein-centrum");
        String window = "from=" + from + "&to=" + from.plus(Duration.ofHours(1));

        assertThat(ids("henk.hq", window)).containsExactlyInAnyOrder(amsterdam, utrecht, eindhoven);
        assertThat(ids("henk.hq", window + "&region=north")).containsExactlyInAnyOrder(amsterdam, utrecht);
        assertThat(ids("henk.hq", window + "&region=south")).containsExactly(eindhoven);
        assertThat(ids("henk.hq", window + "&region=north&site=ein-centrum")).as("a site outside the region").isEmpty();
        assertThat(ids("sanne.manager", window + "&region=north")).as("only her own site of the region")
                .containsExactly(amsterdam);
        assertThat(ids("noor.regional", window + "&region=south")).as("another region").isEmpty();

        given().header("Authorization", bearer(user("henk.hq"))).get("/api/incidents?region=atlantis")
                .then().statusCode(400).contentType("application/problem+json");
    }
}
