package io.frontline.incident.adapter.in.rest;

import io.agroal.api.AgroalDataSource;
import io.frontline.platform.testing.MutableClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static io.frontline.platform.testing.infra.Tokens.bearer;
import static io.frontline.platform.testing.infra.Tokens.client;
import static io.frontline.platform.testing.infra.Tokens.user;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;

/**
 * Issue 14: live detection's figures per rule and language. On a day of its own, five calls at the call center
 * cc-rotterdam each raise a stalking suggestion — three Dutch calls (one confirmed, one dismissed, one left open)
 * and two English calls (both confirmed). Worked out by hand, for the rule stalking:
 *
 * <pre>
 * language  suggestions  confirmed  dismissed  open  confirm rate
 * en        2            2          0          0     2 / 2 = 1.0
 * nl        3            1          1          1     1 / 2 = 0.5
 * (all)     5            3          1          1     3 / 4 = 0.75
 * </pre>
 */
@QuarkusTest
class DetectionByLanguageStatisticsTest {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final String DUTCH_STALKING = "Ik weet waar je woont en ik wacht je op na je dienst.";
    private static final String ENGLISH_STALKING = "I know where you live and I know where you park.";

    @Inject
    AgroalDataSource dataSource;

    @AfterEach
    void resetClock() {
        MutableClock.shared().reset();
    }

    private static String freshSubjectKey() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return "sk1_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** One caller's call with a single stalking sentence in the language; the suggestion's id. */
    private UUID call(String language, String text) {
        String callId = "call-" + UUID.randomUUID();
        Map<String, Object> segment = new LinkedHashMap<>();
        segment.put("callId", callId);
        segment.put("siteId", "cc-rotterdam");
        segment.put("agentId", "agent-21");
        segment.put("callerSubjectKey", freshSubjectKey());
        segment.put("speaker", "caller");
        segment.put("text", text);
        segment.put("startOffsetMs", 10_000L);
        segment.put("endOffsetMs", 19_000L);
        segment.put("language", language);
        given().header("Authorization", bearer(client("callcenter-platform"))).contentType(ContentType.JSON)
                .body(Map.of("segments", List.of(segment))).post("/api/callcenter/segments")
                .then().statusCode(200).body("alerts[0].rules", hasItem("stalking"));
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT id FROM suggested_incident WHERE call_id = ?")) {
            s.setString(1, callId);
            try (ResultSet rs = s.executeQuery()) {
                assertThat(rs.next()).as("a suggestion for the call").isTrue();
                return rs.getObject(1, UUID.class);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void confirm(UUID suggestion) {
        given().header("Authorization", bearer(user("ruben.supervisor")))
                .post("/api/suggested-incidents/" + suggestion + "/confirmation").then().statusCode(200);
    }

    private static void dismiss(UUID suggestion) {
        given().header("Authorization", bearer(user("ruben.supervisor"))).contentType(ContentType.JSON)
                .body(Map.of("note", "De beller citeerde een songtekst."))
                .post("/api/suggested-incidents/" + suggestion + "/dismissal").then().statusCode(200);
    }

    /** A day of its own, years back (09:00 UTC): no other suggestion of the run was made then. */
    private static Instant dayOfItsOwn() {
        return LocalDate.of(2008, 1, 2).plusDays(ThreadLocalRandom.current().nextInt(0, 1400))
                .atTime(9, 0).toInstant(ZoneOffset.UTC);
    }

    private static Map<String, Object> row(List<Map<String, Object>> rows, String rule, String language) {
        return rows.stream().filter(r -> rule.equals(r.get("rule"))
                        && (language == null || language.equals(r.get("language"))))
                .findFirst().orElseThrow(() -> new AssertionError("no row for " + rule + " / " + language));
    }

    @Test
    void the_confirm_rate_of_live_detection_is_given_per_rule_and_per_language_of_the_call() {
        Instant day = dayOfItsOwn();
        MutableClock.shared().set(day);
        UUID nlConfirmed = call("nl", DUTCH_STALKING);
        UUID nlDismissed = call("nl", DUTCH_STALKING);
        call("nl", DUTCH_STALKING);
        UUID enFirst = call("en", ENGLISH_STALKING);
        UUID enSecond = call("en", ENGLISH_STALKING);
        confirm(nlConfirmed);
        dismiss(nlDismissed);
        confirm(enFirst);
        confirm(enSecond);

        LocalDate date = LocalDate.ofInstant(day, AMSTERDAM);
        JsonPath stats = given().header("Authorization", bearer(user("ruben.supervisor")))
                .get("/api/incidents/stats?from=" + date + "&to=" + date + "&site=cc-rotterdam")
                .then().statusCode(200).extract().jsonPath();

        Map<String, Object> all = row(stats.getList("detection"), "stalking", null);
        assertThat(all).containsEntry("suggestions", 5).containsEntry("confirmed", 3).containsEntry("dismissed", 1)
                .containsEntry("open", 1).containsEntry("confirmRate", 0.75f);
        List<Map<String, Object>> byLanguage = stats.getList("detectionByLanguage");
        assertThat(row(byLanguage, "stalking", "nl")).containsEntry("suggestions", 3).containsEntry("confirmed", 1)
                .containsEntry("dismissed", 1).containsEntry("open", 1).containsEntry("confirmRate", 0.5f);
        assertThat(row(byLanguage, "stalking", "en")).containsEntry("suggestions", 2).containsEntry("confirmed", 2)
                .containsEntry("dismissed", 0).containsEntry("open", 0).containsEntry("confirmRate", 1.0f);
        assertThat(byLanguage).filteredOn(r -> "stalking".equals(r.get("rule")))
                .extracting(r -> r.get("language")).containsExactly("en", "nl");

        String csv = given().header("Authorization", bearer(user("ruben.supervisor")))
                .get("/api/incidents/stats/export?chart=detection&from=" + date + "&to=" + date + "&site=cc-rotterdam")
                .then().statusCode(200).extract().asString();
        assertThat(csv.lines()).first().isEqualTo("rule,language,suggestions,confirmed,dismissed,open,confirm-rate");
        assertThat(csv.lines()).contains("stalking,all,5,3,1,1,0.75", "stalking,nl,3,1,1,1,0.5",
                "stalking,en,2,2,0,0,1.0");
    }
}
