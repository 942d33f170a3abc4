package io.frontline.e2e.system;

import io.frontline.platform.events.complaint.ComplaintEventTypes;
import io.frontline.platform.events.Topics;
import io.frontline.platform.testing.infra.TopicClient;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import io.frontline.e2e.RunningStack;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.TestMethodOrder;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.matchesPattern;

/**
 * The walking skeleton's first thread, across processes: a complaint filed at complaint-service
 * travels through its outbox and Kafka to notification-service, which puts exactly one entry in the
 * site manager's inbox — also when the event is delivered twice and when the broker was down.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
// It takes the broker away for a while: it runs after every other class of the module (its stack is theirs).
@Order(Integer.MAX_VALUE)
@ExtendWith(RunningStack.class)
class ComplaintReachesTheSiteManagerTest {
    private static SystemStack stack;

    @BeforeAll
    static void startTheSystem() {
        stack = SystemStack.get();
    }

    @Test
    @Order(1)
    void a_filed_complaint_appears_once_in_the_site_managers_inbox_within_five_seconds() {
        String reference = fileComplaint("ams-centrum");
        long filedAt = System.nanoTime();

        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(100))
                .until(() -> inboxEntries("sanne.manager", reference).size() == 1);
        System.out.printf("Complaint %s in the site manager's inbox %d ms after it was filed%n", reference,
                (System.nanoTime() - filedAt) / 1_000_000);
        assertThat(inboxEntries("bram.manager", reference)).as("manager of another site").isEmpty();
    }

    @Test
    @Order(2)
    void the_same_event_delivered_again_leaves_one_inbox_entry() {
        String reference = fileComplaint("ams-centrum");
        await().atMost(Duration.ofSeconds(5)).until(() -> inboxEntries("sanne.manager", reference).size() == 1);
        TopicClient topics = new TopicClient(stack.kafkaBootstrap());
        ConsumerRecord<String, String> original = topics.await(Topics.COMPLAINTS,
                r -> r.value().contains(reference), 1, Duration.ofSeconds(10)).get(0);

        // The duplicate, then a sentinel with a new event id on the same key (same partition, so handled after it).
        topics.publish(Topics.COMPLAINTS, original.key(), original.value());
        String originalId = JsonPath.from(original.value()).getString("id");
        String sentinelId = UUID.randomUUID().toString();
        topics.publish(Topics.COMPLAINTS, original.key(), original.value().replace(originalId, sentinelId));

        await().atMost(Duration.ofSeconds(10))
                .until(() -> inboxEntries("sanne.manager", reference).stream().anyMatch(e -> sentinelId.equals(e.get("eventId"))));
        List<Map<String, Object>> entries = inboxEntries("sanne.manager", reference);
        assertThat(entries).extracting(e -> e.get("eventId")).containsExactlyInAnyOrder(originalId, sentinelId);
    }

    @Test
    @Order(3)
    void complaints_filed_while_the_broker_is_down_all_arrive_exactly_once_when_it_is_back_and_intake_stays_ready() {
        stack.stopKafka();
        List<String> references = new ArrayList<>();
        try {
            for (int i = 0; i < 20; i++) {
                references.add(fileComplaint("ams-centrum"));
            }
            // Healthy for the right reasons: without the broker, intake and the ban check stay ready and answer
            // (events wait in the outbox), and nothing is restarted for it.
            long until = System.nanoTime() + Duration.ofSeconds(15).toNanos();
            do {
                for (String service : List.of("complaint-service", "sanction-service")) {
                    given().baseUri(stack.managementUrl(service)).get("/q/health/ready").then().statusCode(200);
                    given().baseUri(stack.managementUrl(service)).get("/q/health/live").then().statusCode(200);
                }
                given().baseUri(stack.url("sanction-service")).header("Authorization", stack.bearer("sanne.manager"))
                        .queryParam("subjectKey", "sk1_" + "A".repeat(43)).queryParam("site", "ams-centrum")
                        .get("/api/bans/check").then().statusCode(200);
                references.add(fileComplaint("ams-centrum"));
                sleep(Duration.ofSeconds(1));
            } while (System.nanoTime() < until);
            given().baseUri(stack.managementUrl("complaint-service")).get("/q/metrics").then().statusCode(200)
                    .body(matchesPattern("(?s).*\\nfrontline_outbox_pending(\\{[^}]*})? [1-9].*"));
        } finally {
            stack.startKafka();
        }
        long restartedAt = System.nanoTime();
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500))
                .until(() -> references.stream().allMatch(r -> !inboxEntries("sanne.manager", r).isEmpty()));
        System.out.printf("%d complaints filed during the outage arrived %d ms after the broker returned%n",
                references.size(), (System.nanoTime() - restartedAt) / 1_000_000);
        for (String reference : references) {
            assertThat(inboxEntries("sanne.manager", reference)).as(reference).hasSize(1);
        }
    }

    /** Files a complaint as staff of the site; answers 201 or fails the test. Returns the reference. */
    private static String fileComplaint(String site) {
        return given().baseUri(stack.url("complaint-service"))
                .header("Authorization", stack.bearer("emma.staff"))
                .contentType(ContentType.JSON)
                .body(Map.of("site", site, "channel", "in-store", "category", "product",
                        "subject", "Kapotte stofzuiger", "description", "Na een week werkt hij niet meer.",
                        "language", "nl"))
                .post("/api/complaints")
                .then().statusCode(201).extract().path("reference");
    }

    private static List<Map<String, Object>> inboxEntries(String username, String reference) {
        List<Map<String, Object>> all = given().baseUri(stack.url("notification-service"))
                .header("Authorization", stack.bearer(username))
                .get("/api/inbox")
                .then().statusCode(200).extract().jsonPath().getList("$");
        return all.stream().filter(e -> reference.equals(e.get("reference"))
                && ComplaintEventTypes.RECEIVED_V1.equals(e.get("eventType"))).toList();
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
