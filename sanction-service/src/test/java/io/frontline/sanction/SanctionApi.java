package io.frontline.sanction;

import io.frontline.platform.events.Topics;
import io.frontline.platform.testing.contracts.ContractAssertions;
import io.frontline.platform.testing.infra.KafkaServer;
import io.frontline.platform.testing.infra.TopicClient;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.frontline.platform.testing.infra.Tokens.bearer;
import static io.frontline.platform.testing.infra.Tokens.client;
import static io.frontline.platform.testing.infra.Tokens.user;
import static io.restassured.RestAssured.given;

/** The service's API as the tests use it, with real tokens from the test Keycloak. */
public final class SanctionApi {
    public static final TopicClient KAFKA = new TopicClient(KafkaServer.shared().bootstrapServers());
    private static final SecureRandom RANDOM = new SecureRandom();

    private SanctionApi() {
    }

    /** A fresh subject key, so that tests never share a customer. */
    public static String newSubjectKey() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return "sk1_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static ValidatableResponse propose(String username, Map<String, Object> body) {
        return given().header("Authorization", bearer(user(username))).contentType(ContentType.JSON).body(body)
                .post("/api/measures").then();
    }

    /** An entry ban proposed by hand and approved by a second person; returns the measure id. */
    public static String activeEntryBan(String proposer, String approver, String subjectKey, String site,
                                        Map<String, Object> entry) {
        String id = propose(proposer, Map.of("type", "entry-ban", "subjectKey", subjectKey, "site", site,
                "duration", "P1M", "reason", "Threatened staff at the till", "entry", entry))
                .statusCode(201).extract().path("id");
        approve(approver, id).statusCode(200);
        return id;
    }

    /** A contact ban proposed by hsq safety at a site, approved by the site's manager. */
    public static String activeContactBan(String subjectKey, String site, String approver, Map<String, Object> contact) {
        String id = propose("henk.hq", Map.of("type", "contact-ban", "subjectKey", subjectKey, "site", site,
                "duration", "P3M", "reason", "Abusive calls", "contact", contact))
                .statusCode(201).extract().path("id");
        approve(approver, id).statusCode(200);
        return id;
    }

    public static ValidatableResponse approve(String username, String measureId) {
        return given().header("Authorization", bearer(user(username))).post("/api/measures/" + measureId + "/approve")
                .then();
    }

    public static ValidatableResponse post(String username, String path, Map<String, Object> body) {
        return given().header("Authorization", bearer(user(username))).contentType(ContentType.JSON).body(body)
                .post(path).then();
    }

    public static Map<String, Object> measure(String username, String measureId) {
        return given().header("Authorization", bearer(user(username))).get("/api/measures/" + measureId)
                .then().statusCode(200).extract().jsonPath().getMap("$");
    }

    public static List<Map<String, Object>> measuresOf(String username, String subjectKey) {
        return given().header("Authorization", bearer(user(username))).queryParam("subjectKey", subjectKey)
                .get("/api/measures").then().statusCode(200).extract().jsonPath().getList("$");
    }

    /** GET /api/bans/check as the door system (ams, utr, ein) or the call-center platform (cc-rotterdam). */
    public static ValidatableResponse check(String subjectKey, String site, String... more) {
        Map<String, Object> params = new HashMap<>(Map.of("subjectKey", subjectKey, "site", site));
        for (int i = 0; i + 1 < more.length; i += 2) {
            params.put(more[i], more[i + 1]);
        }
        String system = site.equals("cc-rotterdam") ? "callcenter-platform" : "door-system";
        return given().header("Authorization", bearer(client(system))).queryParams(params).get("/api/bans/check")
                .then();
    }

    public static boolean banned(String subjectKey, String site, String... more) {
        return check(subjectKey, site, more).statusCode(200).extract().path("banned");
    }

    /** Events on sanctions.events about one measure, each checked against its contract. */
    public static List<String> eventsOf(String measureId, String type, int atLeast, Duration timeout) {
        List<ConsumerRecord<String, String>> records = KAFKA.await(Topics.SANCTIONS,
                r -> measureId.equals(r.key()) && r.value().contains("\"type\":\"" + type + "\""), atLeast, timeout);
        List<String> values = records.stream().map(ConsumerRecord::value).toList();
        values.forEach(ContractAssertions::assertMatchesContract);
        return values;
    }
}
