package io.frontline.sanction.adapter.in.rest;

import io.frontline.platform.testing.MutableClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static io.frontline.sanction.SanctionApi.activeEntryBan;
import static io.frontline.sanction.SanctionApi.check;
import static io.frontline.sanction.SanctionApi.newSubjectKey;
import static io.frontline.sanction.SanctionApi.post;
import static io.frontline.sanction.SanctionApi.propose;
import static io.frontline.platform.testing.infra.Tokens.bearer;
import static io.frontline.platform.testing.infra.Tokens.user;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

/**
 * Safety analytics of the ban ladder (issue 14): a day of measures the test made itself, the figures worked out by
 * hand, and the scope — a manager of another site never reads them.
 *
 * <pre>
 * ams: entry ban proposed and approved (active), a hit at the door (one violation); contact ban proposed, rejected
 * utr: entry ban proposed, approved and lifted early
 * </pre>
 */
@QuarkusTest
class LadderStatisticsTest {
    private static final MutableClock CLOCK = MutableClock.shared();

    @AfterEach
    void resetClock() {
        CLOCK.reset();
    }

    private static ValidatableResponse stats(String user, String query) {
        return given().header("Authorization", bearer(user(user))).get("/api/measures/stats?" + query).then();
    }

    @Test
    void the_ladders_figures_of_a_day_are_counted_in_the_readers_scope_and_another_sites_manager_is_refused() {
        Instant t0 = LocalDate.of(2013, 1, 7).plusDays(ThreadLocalRandom.current().nextInt(0, 1500)).atTime(9, 0)
                .toInstant(ZoneOffset.UTC);
        CLOCK.set(t0);
        LocalDate day = LocalDate.ofInstant(t0, ZoneId.of("Europe/Amsterdam"));
        String banned = newSubjectKey();
        activeEntryBan("sanne.manager", "henk.hq", banned, "ams-centrum",
                Map.of("coverage", "sites", "sites", List.of("ams-centrum")));
        String contact = propose("henk.hq", Map.of("type", "contact-ban", "subjectKey", newSubjectKey(),
                "site", "ams-centrum", "duration", "P3M", "reason", "Abusive calls",
                "contact", Map.of("scope", "all-contact"))).statusCode(201).extract().path("id");
        post("sanne.manager", "/api/measures/" + contact + "/reject", Map.of("reason", "Eén gesprek, geen patroon"))
                .statusCode(200);
        String lifted = activeEntryBan("bram.manager", "henk.hq", newSubjectKey(), "utr-centraal",
                Map.of("coverage", "sites", "sites", List.of("utr-centraal")));
        CLOCK.advance(Duration.ofHours(1));
        post("bram.manager", "/api/measures/" + lifted + "/lift", Map.of("reason", "Excuses aangeboden en aanvaard"))
                .statusCode(200);
        check(banned, "ams-centrum").statusCode(200);

        String period = "from=" + day + "&to=" + day;
        JsonPath ams = null;
        for (int i = 0; i < 50; i++) { // the violation is recorded beside the check's answer
            ams = stats("sanne.manager", period).statusCode(200).extract().jsonPath();
            if (ams.getLong("totals.violations") >= 1) {
                break;
            }
            sleep();
        }
        assertThat(ams.getList("sites")).containsExactly("ams-centrum");
        assertThat(ams.getLong("totals.proposed")).isEqualTo(2);
        assertThat(ams.getLong("totals.approved")).isEqualTo(1);
        assertThat(ams.getLong("totals.rejected")).isEqualTo(1);
        assertThat(ams.getLong("totals.lifted")).isZero();
        assertThat(ams.getLong("totals.violations")).isEqualTo(1);
        assertThat(ams.getList("outcomes.type")).containsExactly("contact-ban", "entry-ban");
        assertThat(ams.getList("violationsBySite.site")).containsExactly("ams-centrum");
        assertThat(ams.getList("activeBans.type")).contains("entry-ban");
        assertThat(ams.getMap("$")).as("checks that hit nothing are not recorded").containsEntry("banChecks", null);
        assertThat(ams.prettify()).doesNotContain(banned);

        JsonPath chain = stats("henk.hq", period).statusCode(200).extract().jsonPath();
        assertThat(chain.getLong("totals.proposed")).isEqualTo(3);
        assertThat(chain.getLong("totals.approved")).isEqualTo(2);
        assertThat(chain.getLong("totals.rejected")).isEqualTo(1);
        assertThat(chain.getLong("totals.lifted")).isEqualTo(1);

        stats("bram.manager", period + "&site=ams-centrum").statusCode(403)
                .contentType(containsString("application/problem+json"));
        assertThat(stats("bram.manager", period).statusCode(200).extract().jsonPath().getLong("totals.lifted"))
                .isEqualTo(1);
        assertThat(stats("fleur.manager", period).statusCode(200).extract().jsonPath().getLong("totals.proposed"))
                .isZero();
        stats("emma.staff", period).statusCode(403);
        stats("henk.hq", "from=" + day + "&to=" + day.minusDays(1)).statusCode(422)
                .contentType(containsString("application/problem+json"));
        stats("henk.hq", "from=gisteren&to=" + day).statusCode(400);
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
