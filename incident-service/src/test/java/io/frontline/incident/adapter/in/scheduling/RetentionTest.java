package io.frontline.incident.adapter.in.scheduling;

import io.agroal.api.AgroalDataSource;
import io.frontline.incident.Reports;
import io.frontline.platform.retention.RetentionJob;
import io.frontline.platform.testing.MutableClock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import static io.frontline.incident.Reports.count;
import static io.frontline.incident.Reports.report;
import static io.frontline.incident.Reports.step;
import static io.frontline.platform.testing.infra.Tokens.bearer;
import static io.frontline.platform.testing.infra.Tokens.user;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/**
 * Retention (default 24 months after closure): a closed incident is anonymised — description, victims, witnesses,
 * perpetrator, statements, evidence and its files, the subject's history — and an open case holds it.
 */
@QuarkusTest
class RetentionTest {
    @Inject
    RetentionJob job;

    @Inject
    AgroalDataSource dataSource;

    @AfterEach
    void resetClock() {
        MutableClock.shared().reset();
    }

    @Test
    void a_closed_incident_is_anonymised_once_two_years_have_passed_since_its_closure_and_not_a_day_before() {
        at("2031-03-01T09:00:00Z");
        String email = Reports.freshEmail();
        String id = Reports.confirmedAtUtrecht(email, List.of("threat"));
        String key = given().header("Authorization", bearer(user("bram.manager"))).get("/api/incidents/" + id)
                .then().statusCode(200).extract().path("perpetratorSubjectKey");
        byte[] photo = new byte[4_000];
        new Random().nextBytes(photo);
        String evidenceId = given().header("Authorization", bearer(user("daan.staff")))
                .multiPart("file", "kassa.jpg", photo, "image/jpeg").post("/api/incidents/" + id + "/evidence/files")
                .then().statusCode(201).extract().path("id");
        step("bram.manager", id, "closure", "Tweede medewerker aan de balie op zaterdag.").statusCode(200);

        at("2033-02-28T09:00:00Z");
        job.eraseExpired();
        manager("/api/incidents/" + id).body("description", not(equalTo("[erased after retention]")))
                .body("perpetratorSubjectKey", equalTo(key));

        at("2033-03-02T09:00:00Z");
        job.eraseExpired();
        manager("/api/incidents/" + id).body("description", equalTo("[erased after retention]"))
                .body("perpetratorSubjectKey", nullValue()).body("perpetratorDescription", nullValue())
                .body("victims", empty()).body("witnesses", empty()).body("status", equalTo("closed"));
        manager("/api/incidents/" + id + "/statements").body("", hasSize(0));
        manager("/api/incidents/" + id + "/evidence").body("", hasSize(0));
        given().header("Authorization", bearer(user("bram.manager")))
                .get("/api/incidents/" + id + "/evidence/" + evidenceId + "/file").then().statusCode(404);
        given().header("Authorization", bearer(user("henk.hq"))).get("/api/subjects/" + key + "/history").then()
                .statusCode(200).body("history.id", not(org.hamcrest.Matchers.hasItem(id)));
        assertThat(count(dataSource, "SELECT count(*) FROM incident_evidence WHERE incident_id = ?", UUID.fromString(id)))
                .isZero();
    }

    @Test
    void an_open_incident_about_the_same_perpetrator_holds_the_closed_one() {
        at("2031-05-01T09:00:00Z");
        String email = Reports.freshEmail();
        String closed = Reports.confirmedAtUtrecht(email, List.of("verbal-abuse"));
        step("bram.manager", closed, "closure", "Gesprek met de klant gevoerd.").statusCode(200);
        String open = (String) report("emma.staff", "ams-centrum", List.of("verbal-abuse"), email).get("id");

        at("2033-06-01T09:00:00Z");
        job.eraseExpired();
        manager("/api/incidents/" + closed).body("description", not(equalTo("[erased after retention]")))
                .body("perpetratorSubjectKey", not(nullValue()));

        step("sanne.manager", open, "triage", null).statusCode(200);
        step("sanne.manager", open, "investigation", null).statusCode(200);
        step("sanne.manager", open, "unfounded", "De klant ontkent en er is geen getuige.").statusCode(200);
        step("sanne.manager", open, "closure", "Geen vervolg.").statusCode(200);
        job.eraseExpired();
        manager("/api/incidents/" + closed).body("description", equalTo("[erased after retention]"));
    }

    private static io.restassured.response.ValidatableResponse manager(String path) {
        return given().header("Authorization", bearer(user("henk.hq"))).get(path).then().statusCode(200);
    }

    private static void at(String instant) {
        MutableClock.shared().set(Instant.parse(instant));
    }
}
