package io.frontline.incident.adapter.in.rest;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.frontline.platform.testing.infra.Tokens.bearer;
import static io.frontline.platform.testing.infra.Tokens.user;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.both;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

/** The detection an administrator sees is the detection that runs, with its configured thresholds (issue 14). */
@QuarkusTest
class DetectionSettingsViewTest {

    @Test
    void an_administrator_sees_each_rule_with_its_threshold_and_lexicon_and_the_pattern_thresholds() {
        given().header("Authorization", bearer(user("ada.admin"))).get("/api/admin/configuration/detection")
                .then().statusCode(200)
                .body("languageThreshold", equalTo(3))
                .body("maxCallLength", equalTo("PT30M"))
                .body("repeatedCalls", equalTo(5))
                .body("repeatedCallsWindow", equalTo("PT24H"))
                .body("crossSitePattern.reports", equalTo(3))
                .body("crossSitePattern.sites", equalTo(2))
                .body("rules.find { it.rule == 'threatening-language' }.threshold", equalTo(3))
                .body("rules.find { it.rule == 'threatening-language' }.incidentTypes", hasItem("threat"))
                .body("rules.find { it.rule == 'threatening-language' }.phrases.ja", greaterThan(0))
                .body("rules.find { it.rule == 'call-length' }.threshold", nullValue())
                // beside the pattern threshold, the trained classifier's per language (the default chosen at training)
                .body("rules.find { it.rule == 'threatening-language' }.classifierThreshold", nullValue())
                .body("rules.find { it.rule == 'threatening-language' }.classifierThresholds.nl", both(greaterThan(0f)).and(lessThan(1f)))
                .body("rules.find { it.rule == 'stalking' }.classifierThresholds.ja", both(greaterThan(0f)).and(lessThan(1f)))
                .body("rules.find { it.rule == 'stalking' }.classifierThresholds.keySet()", containsInAnyOrder("nl", "en", "ja"))
                .body("rules.find { it.rule == 'call-length' }.classifierThresholds", nullValue());
    }

    @Test
    void hq_safety_may_read_the_detection_settings_and_a_manager_may_not() {
        given().header("Authorization", bearer(user("henk.hq"))).get("/api/admin/configuration/detection")
                .then().statusCode(200);
        given().header("Authorization", bearer(user("sanne.manager"))).get("/api/admin/configuration/detection")
                .then().statusCode(403);
        given().get("/api/admin/configuration/detection").then().statusCode(401);
    }
}
