package io.frontline.complaint.adapter.in.rest;

import io.frontline.platform.testing.MutableClock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.frontline.complaint.Api.at;
import static io.frontline.complaint.Api.filePublic;
import static io.frontline.complaint.Api.publicClient;
import static io.frontline.complaint.Api.publicComplaint;
import static org.hamcrest.Matchers.equalTo;

/** Changing the configured policy changes the procedure stated to the public, and the term applied with it. */
@QuarkusTest
@TestProfile(ComplaintsProcedureConfigurationTest.OtherTerms.class)
class ComplaintsProcedureConfigurationTest {
    public static class OtherTerms implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("frontline.complaint.policy.response-days", "21",
                    "frontline.complaint.policy.sites.\"ams-centrum\".response-days", "5",
                    "frontline.complaint.retention", "P6M");
        }
    }

    @AfterEach
    void resetClock() {
        MutableClock.shared().reset();
    }

    @Test
    void a_configured_term_of_21_days_and_5_at_one_site_is_what_the_procedure_states_and_applies() {
        publicClient().get("/api/public/procedure").then().statusCode(200)
                .body("responseTerm.days", equalTo(21))
                .body("contactDataRetention", equalTo("P6M"));
        publicClient().queryParam("site", "ams-centrum").get("/api/public/procedure").then().statusCode(200)
                .body("responseTerm.days", equalTo(5));

        at("2027-02-01T10:00:00Z");
        filePublic(publicComplaint("ams-centrum", "service", "Lang gewacht.", null))
                .body("responseDue", equalTo("2027-02-06"));
        filePublic(publicComplaint("cc-rotterdam", "service", "Lang gewacht.", null))
                .body("responseDue", equalTo("2027-02-22"));
    }
}
