package io.frontline.web.prevention;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

/**
 * The prevention pages that need no service answer render for the roles they are for, and refuse the others; the
 * public partner pages need no account. (The pages that show the services' data are tested on the running stack.)
 */
@QuarkusTest
class PreventionPagesTest {

    @Test
    @TestSecurity(user = "henk.hq", roles = "hq-safety")
    void hqSafetyGetsThePublishFormWithThreeLanguages() {
        given().get("/prevention/policies/publish").then().statusCode(200)
                .body(containsString("id=\"kind\""), containsString("id=\"title_nl\""),
                        containsString("id=\"body_ja\""), containsString("name=\"effectiveFrom\""));
    }

    @Test
    @TestSecurity(user = "emma.staff", roles = "staff")
    void anEmployeeMayNotPublishAPolicy() {
        given().get("/prevention/policies/publish").then().statusCode(403);
    }

    @Test
    void aBusinessPartnerFindsTheFormWithoutAnAccountAndMissingFieldsAreNamed() {
        given().header("Accept-Language", "en").get("/partners/report").then().statusCode(200)
                .body(containsString("id=\"organisation\""), containsString("id=\"employeeDescription\""));
        given().header("Accept-Language", "en").get("/partners/track").then().statusCode(200)
                .header("Cache-Control", "no-store").body(containsString("id=\"secret\""));
    }
}
