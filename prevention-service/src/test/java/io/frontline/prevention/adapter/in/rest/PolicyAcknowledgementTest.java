package io.frontline.prevention.adapter.in.rest;

import io.frontline.platform.events.prevention.PreventionEventTypes;
import io.frontline.platform.testing.MutableClock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static io.frontline.prevention.PreventionApi.clean;
import static io.frontline.prevention.PreventionApi.events;
import static io.frontline.prevention.PreventionApi.get;
import static io.frontline.prevention.PreventionApi.post;
import static io.frontline.prevention.PreventionApi.texts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/**
 * The basic policy reaches every employee: published by HQ, acknowledged per version, counted per site against the
 * people who work there (the directory: Amsterdam has emma.staff, sanne.manager and chris.handler).
 */
@QuarkusTest
@SuppressWarnings("unchecked")
class PolicyAcknowledgementTest {
    private static final ZoneId CHAIN = ZoneId.of("Europe/Amsterdam");

    @Inject
    DataSource dataSource;

    @BeforeEach
    void empty() {
        clean(dataSource);
    }

    @AfterEach
    void resetClock() {
        MutableClock.shared().reset();
    }

    private static LocalDate today() {
        return LocalDate.now(MutableClock.shared().withZone(CHAIN));
    }

    @Test
    void aNewVersionAsksEveryEmployeeAgainAndTheSharePerSiteCountsOnlyItsAcknowledgements() {
        int v1 = post("henk.hq", "/api/policies/basic-policy/versions",
                Map.of("effectiveFrom", today().toString(), "texts", texts("Basic policy")))
                .statusCode(201).extract().path("version");
        post("emma.staff", "/api/policies/basic-policy/acknowledgement", Map.of("version", v1)).statusCode(200)
                .body("acknowledgedAt", org.hamcrest.Matchers.notNullValue());
        post("sanne.manager", "/api/policies/basic-policy/acknowledgement", Map.of("version", v1)).statusCode(200);
        // A second "I have read this" changes nothing
        post("emma.staff", "/api/policies/basic-policy/acknowledgement", Map.of("version", v1)).statusCode(200);

        Map<String, Object> ams = share("sanne.manager", "ams-centrum");
        assertThat(ams.get("employees")).isEqualTo(3);
        assertThat(ams.get("acknowledged")).isEqualTo(2);
        assertThat(ams.get("percent").toString()).isEqualTo("66.7");
        assertThat((List<Object>) ams.get("missing")).containsExactly("chris.handler");
        Map<String, Object> chain = get("henk.hq", "/api/policies/basic-policy/acknowledgements").statusCode(200)
                .extract().jsonPath().getMap("find { it.site == null }");
        assertThat(chain.get("employees")).isEqualTo(18);
        assertThat(chain.get("acknowledged")).isEqualTo(2);
        assertThat(chain.get("percent").toString()).isEqualTo("11.1");

        int v2 = post("henk.hq", "/api/policies/basic-policy/versions",
                Map.of("effectiveFrom", today().toString(), "texts", texts("Basic policy, revised")))
                .statusCode(201).extract().path("version");
        assertThat(v2).isEqualTo(v1 + 1);
        List<String> published = events(PreventionEventTypes.POLICY_PUBLISHED_V1,
                v -> v.contains("\"version\":" + v2) && v.contains("\"basic-policy\""), 1, Duration.ofSeconds(20));
        assertThat(published).hasSize(1);

        get("emma.staff", "/api/policies/basic-policy?lang=nl").statusCode(200)
                .body("version", equalTo(v2)).body("language", equalTo("nl"))
                .body("title", equalTo("Basic policy, revised (nl)")).body("acknowledgedAt", nullValue());
        Map<String, Object> again = share("sanne.manager", "ams-centrum");
        assertThat(again.get("acknowledged")).isEqualTo(0);
        assertThat((List<Object>) again.get("missing")).containsExactly("chris.handler", "emma.staff", "sanne.manager");
        // Acknowledging the old version does not count for the new one
        post("emma.staff", "/api/policies/basic-policy/acknowledgement", Map.of("version", v1)).statusCode(422)
                .contentType("application/problem+json");
        post("emma.staff", "/api/policies/basic-policy/acknowledgement", Map.of("version", v2)).statusCode(200);
        assertThat(share("sanne.manager", "ams-centrum").get("acknowledged")).isEqualTo(1);
    }

    @Test
    void aVersionTakesEffectOnItsDateAndUntilThenTheEarlierOneIsInForce() {
        post("henk.hq", "/api/policies/unwanted-behaviour-protocol/versions",
                Map.of("effectiveFrom", today().toString(), "texts", texts("Protocol"))).statusCode(201);
        post("hanna.hr", "/api/policies/unwanted-behaviour-protocol/versions",
                Map.of("effectiveFrom", today().plusDays(10).toString(), "texts", texts("Protocol 2"))).statusCode(201);
        get("daan.staff", "/api/policies/unwanted-behaviour-protocol").statusCode(200).body("version", equalTo(1));
        MutableClock.shared().advance(Duration.ofDays(11));
        get("daan.staff", "/api/policies/unwanted-behaviour-protocol").statusCode(200).body("version", equalTo(2));
    }

    @Test
    void aManagerSeesTheSharesOfTheirOwnSiteOnlyAndStaffCannotPublish() {
        post("henk.hq", "/api/policies/basic-policy/versions",
                Map.of("effectiveFrom", today().toString(), "texts", texts("Basic policy"))).statusCode(201);
        get("sanne.manager", "/api/policies/basic-policy/acknowledgements?site=utr-centraal").statusCode(403)
                .contentType("application/problem+json");
        List<String> sites = get("sanne.manager", "/api/policies/basic-policy/acknowledgements").statusCode(200)
                .extract().jsonPath().getList("site");
        assertThat(sites).containsExactly("ams-centrum");
        post("emma.staff", "/api/policies/basic-policy/versions",
                Map.of("effectiveFrom", today().toString(), "texts", texts("Mine"))).statusCode(403);
        post("henk.hq", "/api/policies/basic-policy/versions", Map.of("effectiveFrom", today().toString(),
                "texts", Map.of("de", Map.of("title", "x", "body", "y")))).statusCode(422)
                .contentType("application/problem+json");
        get("emma.staff", "/api/policies/no-such-policy").statusCode(400).contentType("application/problem+json");
    }

    private static Map<String, Object> share(String user, String site) {
        return get(user, "/api/policies/basic-policy/acknowledgements?site=" + site).statusCode(200)
                .extract().jsonPath().getMap("[0]");
    }
}
