package io.frontline.prevention;

import io.frontline.platform.events.Topics;
import io.frontline.platform.testing.contracts.ContractAssertions;
import io.frontline.platform.testing.infra.KafkaServer;
import io.frontline.platform.testing.infra.TopicClient;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import static io.frontline.platform.testing.infra.Tokens.bearer;
import static io.frontline.platform.testing.infra.Tokens.user;
import static io.restassured.RestAssured.given;

/** The service's API as the tests use it, with real tokens from the test Keycloak, and its topic. */
public final class PreventionApi {
    public static final TopicClient KAFKA = new TopicClient(KafkaServer.shared().bootstrapServers());

    private PreventionApi() {
    }

    public static RequestSpecification as(String username) {
        return given().header("Authorization", bearer(user(username)));
    }

    public static ValidatableResponse post(String username, String path, Object body) {
        return as(username).contentType(ContentType.JSON).body(body).post(path).then();
    }

    public static ValidatableResponse put(String username, String path, Object body) {
        return as(username).contentType(ContentType.JSON).body(body).put(path).then();
    }

    public static ValidatableResponse get(String username, String path) {
        return as(username).get(path).then();
    }

    /** Events on prevention.events whose value matches, each checked against its contract. */
    public static List<String> events(String type, Predicate<String> matching, int atLeast, Duration timeout) {
        List<ConsumerRecord<String, String>> records = KAFKA.await(Topics.PREVENTION,
                r -> r.value().contains("\"type\":\"" + type + "\"") && matching.test(r.value()), atLeast, timeout);
        List<String> values = records.stream().map(ConsumerRecord::value).toList();
        values.forEach(ContractAssertions::assertMatchesContract);
        return values;
    }

    /**
     * Empties what a test counts, so figures are exactly those of its own data set: every table but the seeded
     * playbooks, the platform's outbox and inbox.
     */
    public static void clean(DataSource dataSource) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("TRUNCATE policy_acknowledgement, policy_version, consultation, consultation_desk, "
                    + "training_attendance, training_reminder, training_session, course, incident_fact, complaint_fact, "
                    + "action_item, review, partner_report");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Map<String, Object> texts(String title) {
        return Map.of("nl", Map.of("title", title + " (nl)", "body", "Wij accepteren geen intimidatie."),
                "en", Map.of("title", title, "body", "We do not accept harassment of our staff."),
                "ja", Map.of("title", title + " (ja)", "body", "カスタマーハラスメントを許しません。"));
    }
}
