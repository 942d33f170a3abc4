package io.frontline.complaint.adapter.in.rest;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.frontline.complaint.Api.as;
import static io.frontline.complaint.Api.fileAs;
import static io.frontline.complaint.Api.step;
import static org.hamcrest.Matchers.equalTo;

/** DESIGN.md: a manager of site A never sees site B; handlers only their sites; HQ the whole chain. */
@QuarkusTest
class SiteScopeTest {

    @Test
    void a_site_manager_of_one_site_finds_no_complaint_of_another_site() {
        var filed = fileAs("daan.staff", "utr-centraal", "service", "in-store").extract();
        String id = filed.path("id");
        String reference = filed.path("reference");

        as("sanne.manager").get("/api/complaints/" + id).then().statusCode(404).contentType("application/problem+json");
        as("sanne.manager").get("/api/complaints/by-reference/" + reference).then().statusCode(404);
        as("sanne.manager").get("/api/complaints/" + id + "/timeline").then().statusCode(404);
        step("sanne.manager", id, "start", null).statusCode(404);
        step("sanne.manager", id, "conduct", Map.of("demand", "reasonable", "manner", "acceptable", "reason", "ok"))
                .statusCode(404);
        step("yara.handler", id, "start", null).statusCode(404);

        as("bram.manager").get("/api/complaints/" + id).then().statusCode(200).body("site", equalTo("utr-centraal"));
        as("noor.regional").get("/api/complaints/" + id).then().statusCode(200);
        as("thijs.regional").get("/api/complaints/" + id).then().statusCode(404);
        step("chris.handler", id, "start", null).statusCode(200);
        as("henk.hq").get("/api/complaints/" + id).then().statusCode(200);
    }

    @Test
    void staff_file_complaints_but_do_not_handle_them() {
        String id = fileAs("emma.staff", "ams-centrum", "service", "phone").extract().path("id");
        as("emma.staff").get("/api/complaints/" + id).then().statusCode(403);
        step("emma.staff", id, "start", null).statusCode(403);
    }
}
