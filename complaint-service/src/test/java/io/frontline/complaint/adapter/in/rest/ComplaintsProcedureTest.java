package io.frontline.complaint.adapter.in.rest;

import io.frontline.platform.testing.MutableClock;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static io.frontline.complaint.Api.at;
import static io.frontline.complaint.Api.filePublic;
import static io.frontline.complaint.Api.publicClient;
import static io.frontline.complaint.Api.publicComplaint;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;

/** Seed 002: the complaints procedure is public, and the terms it states are the terms applied. */
@QuarkusTest
class ComplaintsProcedureTest {
    @AfterEach
    void resetClock() {
        MutableClock.shared().reset();
    }

    @Test
    void anyone_reads_the_chains_procedure_without_an_account() {
        publicClient().get("/api/public/procedure").then().statusCode(200)
                .body("site", nullValue())
                .body("acknowledgeOnReceipt", equalTo(true))
                .body("responseTerm.days", equalTo(14))
                .body("responseTerm.counting", equalTo("calendar-days"))
                .body("termPausesWhileWaitingForComplainant", equalTo(true))
                .body("reopenWindow.days", equalTo(30))
                .body("reopenWindow.period", equalTo("P30D"))
                .body("escalationLevels", contains("management", "external-committee"))
                .body("contactDataRetention", equalTo("P24M"))
                .body("categories", hasItems("product", "staff-behaviour", "other"))
                .body("channels", hasItems("web", "in-store"))
                .body("publicForm.maxBodyBytes", equalTo(16384))
                .body("publicForm.descriptionMaxLength", equalTo(10000))
                .body("publicForm.escalationReasonMaxLength", equalTo(2000));
    }

    @Test
    void a_sites_overrides_are_stated_for_that_site() {
        publicClient().queryParam("site", "utr-centraal").get("/api/public/procedure").then().statusCode(200)
                .body("site", equalTo("utr-centraal"))
                .body("timeZone", equalTo("Europe/Amsterdam"))
                .body("responseTerm.counting", equalTo("business-days"))
                .body("acknowledgeOnReceipt", equalTo(true));
        publicClient().queryParam("site", "ein-centrum").get("/api/public/procedure").then().statusCode(200)
                .body("acknowledgeOnReceipt", equalTo(false))
                .body("responseTerm.counting", equalTo("calendar-days"));
    }

    @Test
    void an_unknown_site_is_not_found() {
        publicClient().queryParam("site", "atlantis").get("/api/public/procedure").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void the_term_stated_is_the_term_a_complaint_filed_there_gets() {
        at("2027-02-01T10:00:00Z");
        int days = publicClient().queryParam("site", "ams-centrum").get("/api/public/procedure").then()
                .statusCode(200).body("responseTerm.counting", equalTo("calendar-days"))
                .extract().path("responseTerm.days");
        filePublic(publicComplaint("ams-centrum", "service", "Lang gewacht.", null))
                .body("responseDue", equalTo(java.time.LocalDate.of(2027, 2, 1).plusDays(days).toString()));
    }
}
