package io.frontline.notification.adapter.in.rest;

import io.agroal.api.AgroalDataSource;
import io.frontline.notification.ComplaintEvents;
import io.frontline.notification.ComplaintEvents.Event;
import io.frontline.platform.events.prevention.PreventionEventTypes;
import io.frontline.platform.testing.MutableClock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.frontline.notification.Inboxes.entries;
import static io.frontline.notification.Inboxes.unreadCount;
import static io.frontline.notification.Inboxes.withReference;
import static io.frontline.platform.testing.infra.Tokens.bearer;
import static io.frontline.platform.testing.infra.Tokens.client;
import static io.frontline.platform.testing.infra.Tokens.user;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class InboxResourceTest {
    @Inject
    AgroalDataSource dataSource;

    @BeforeEach
    void consumerRunning() {
        ComplaintEvents.awaitConsumerReady(dataSource);
    }

    @Test
    void without_a_token_the_inbox_is_unauthorized() {
        given().get("/api/inbox").then().statusCode(401);
        given().get("/api/inbox/unread-count").then().statusCode(401);
        given().post("/api/inbox/" + UUID.randomUUID() + "/read").then().statusCode(401);
    }

    @Test
    void a_system_has_no_inbox() {
        // The call-center platform's token is not issued for notification-service at all (issue 17: audience).
        given().header("Authorization", bearer(client("callcenter-platform")))
                .get("/api/inbox")
                .then().statusCode(401);
        given().header("Authorization", bearer(client("callcenter-platform")))
                .get("/api/inbox/unread-count")
                .then().statusCode(401);
    }

    @Test
    void a_person_without_notifications_sees_an_empty_inbox() {
        // A counsellor is told of no complaint or incident; only what goes to everyone (a new policy version to
        // acknowledge, when another test published one) may be there.
        List<Map<String, Object>> entries = given().header("Authorization", bearer(user("carla.counsellor")))
                .get("/api/inbox")
                .then().statusCode(200).extract().jsonPath().getList("$");
        assertThat(entries).allMatch(e -> PreventionEventTypes.POLICY_PUBLISHED_V1.equals(e.get("eventType")));
        given().header("Authorization", bearer(user("carla.counsellor")))
                .get("/api/inbox/unread-count")
                .then().statusCode(200).body("unread", equalTo(entries.size()));
    }

    @Test
    void a_manager_marks_their_own_entry_read_but_not_another_managers() {
        Event received = ComplaintEvents.received("utr-centraal");
        ComplaintEvents.publish(received);
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100))
                .untilAsserted(() -> assertThat(withReference("bram.manager", received.reference())).hasSize(1));
        String entryId = (String) withReference("bram.manager", received.reference()).get(0).get("id");
        long unreadBefore = unreadCount("bram.manager");

        // Another person's entry answers like an unknown one, and stays unread.
        given().header("Authorization", bearer(user("sanne.manager")))
                .post("/api/inbox/" + entryId + "/read")
                .then().statusCode(404).contentType("application/problem+json");
        given().header("Authorization", bearer(user("sanne.manager")))
                .post("/api/inbox/" + UUID.randomUUID() + "/read")
                .then().statusCode(404).contentType("application/problem+json");
        assertThat(withReference("bram.manager", received.reference()).get(0)).containsEntry("read", false);

        given().header("Authorization", bearer(user("bram.manager")))
                .post("/api/inbox/" + entryId + "/read")
                .then().statusCode(204);

        assertThat(withReference("bram.manager", received.reference()).get(0)).containsEntry("read", true);
        assertThat(unreadCount("bram.manager")).isEqualTo(unreadBefore - 1);
        assertThat(entries("bram.manager", true)).noneMatch(e -> entryId.equals(e.get("id")));
        // Marking it read again changes nothing and is no error.
        given().header("Authorization", bearer(user("bram.manager")))
                .post("/api/inbox/" + entryId + "/read")
                .then().statusCode(204);
    }

    @Test
    void the_inbox_lists_the_newest_entry_first() {
        Event first = ComplaintEvents.received("cc-rotterdam");
        Event second = ComplaintEvents.received("cc-rotterdam");
        ComplaintEvents.publish(first);
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100))
                .until(() -> ComplaintEvents.handled(dataSource, first.eventId()));
        // The test clock stands still unless moved: the second entry is a second younger.
        MutableClock.shared().advance(Duration.ofSeconds(1));
        ComplaintEvents.publish(second);
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100))
                .until(() -> ComplaintEvents.handled(dataSource, second.eventId()));

        var references = entries("ruben.supervisor", false).stream().map(e -> (String) e.get("reference"))
                .filter(r -> first.reference().equals(r) || second.reference().equals(r)).toList();
        assertThat(references).containsExactly(second.reference(), first.reference());
    }
}
