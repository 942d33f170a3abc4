package io.frontline.notification.adapter.out.persistence;

import io.agroal.api.AgroalDataSource;
import io.frontline.notification.ComplaintEvents;
import io.frontline.notification.Deliveries;
import io.frontline.notification.Events;
import io.frontline.notification.QuietSystem;
import io.frontline.platform.events.incident.IncidentEventTypes;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.frontline.platform.testing.infra.Tokens.bearer;
import static io.frontline.platform.testing.infra.Tokens.user;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * CONTRIBUTING.md's persistence rule (issue 19): a stored enum is its constant's name as Java spells it
 * ({@code HIGH}, {@code EMAIL}, {@code SENT}, {@code OPEN}, {@code API}, {@code EN}); the API keeps the wire's
 * lower-case names ({@code high}, {@code email}, {@code sent}, {@code open}, {@code api}, {@code en}), and the
 * wire's names still filter the lists.
 */
@QuarkusTest
class EnumsStoredByConstantNameTest {
    private static final String BRAM = "bram.manager";

    @Inject
    AgroalDataSource dataSource;

    @BeforeEach
    void quietSystem() {
        ComplaintEvents.awaitConsumerReady(dataSource);
        QuietSystem.settle(dataSource);
    }

    @Test
    void a_delivery_is_stored_by_its_constant_names_and_answered_by_its_wire_names() throws Exception {
        String reference = Events.reference("INC");
        UUID eventId = Events.of(IncidentEventTypes.REPORTED_V1, d -> d.put("incidentId", UUID.randomUUID().toString())
                .put("siteId", "utr-centraal").put("reference", reference).put("severity", "high")).publish().eventId();

        // Whatever the mail's state when read (pending, sent, retrying: the sending is not what this test is about),
        // the row holds it by the constant's name and the API by the wire's.
        await().atMost(Duration.ofSeconds(60)).until(() -> mail(eventId) != null);
        Map<String, Object> answered = mail(eventId);
        String status = (String) answered.get("status");
        List<String> stored = row("SELECT channel, severity, status FROM delivery WHERE id = ?",
                UUID.fromString((String) answered.get("id")));
        assertThat(answered).containsEntry("channel", "email").containsEntry("severity", "high");
        assertThat(status).matches("[a-z-]+");
        assertThat(stored.subList(0, 2)).containsExactly("EMAIL", "HIGH");
        assertThat(stored.get(2)).isIn(status.toUpperCase(java.util.Locale.ROOT).replace('-', '_'),
                // sent in between the two reads
                "SENT");

        // The wire's name still finds it.
        List<Map<String, Object>> found = given().header("Authorization", bearer(user("ada.admin")))
                .queryParam("status", status).queryParam("eventId", eventId.toString())
                .get("/api/deliveries").then().statusCode(200).extract().jsonPath().getList("$");
        Map<String, Object> again = mail(eventId);
        if (status.equals(again.get("status"))) {
            assertThat(found).extracting(d -> d.get("id")).contains(answered.get("id"));
        }
    }

    @Test
    void an_escalation_is_stored_by_its_constant_names_and_answered_by_its_wire_names() throws Exception {
        String reference = Events.reference("INC");
        Events.of(IncidentEventTypes.REPORTED_V1, d -> d.put("incidentId", UUID.randomUUID().toString())
                .put("siteId", "utr-centraal").put("reference", reference).put("severity", "high")).publish();

        await().atMost(Duration.ofSeconds(60)).until(() -> openEscalation(reference) != null);
        Map<String, Object> open = openEscalation(reference);
        assertThat(open).containsEntry("status", "open").containsEntry("severity", "high");
        UUID id = UUID.fromString((String) open.get("id"));
        assertThat(row("SELECT status, severity, acknowledged_via FROM escalation WHERE id = ?", id))
                .containsExactly("OPEN", "HIGH", null);

        given().header("Authorization", bearer(user(BRAM))).post("/api/escalations/{id}/acknowledge", id)
                .then().statusCode(200).body("status", equalTo("acknowledged")).body("acknowledgedVia", equalTo("api"));
        assertThat(row("SELECT status, severity, acknowledged_via FROM escalation WHERE id = ?", id))
                .containsExactly("ACKNOWLEDGED", "HIGH", "API");
    }

    @Test
    void a_persons_language_is_stored_by_its_constant_name_and_answered_by_its_code() throws Exception {
        given().header("Authorization", bearer(user("ada.admin"))).get("/api/directory/people/{id}", BRAM)
                .then().statusCode(200).body("language", equalTo("en"));
        assertThat(row("SELECT language FROM recipient WHERE id = ?", BRAM)).containsExactly("EN");
    }

    private static Map<String, Object> mail(UUID eventId) {
        return Deliveries.ofEvent(eventId, BRAM, "email");
    }

    private static Map<String, Object> openEscalation(String reference) {
        List<Map<String, Object>> items = given().header("Authorization", bearer(user(BRAM)))
                .queryParam("status", "open").queryParam("reference", reference)
                .get("/api/escalations").then().statusCode(200).extract().jsonPath().getList("items");
        return items.isEmpty() ? null : items.get(0);
    }

    private List<String> row(String sql, Object key) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, key);
            try (ResultSet r = s.executeQuery()) {
                assertThat(r.next()).as("a stored row for %s", key).isTrue();
                List<String> values = new ArrayList<>();
                for (int i = 1; i <= r.getMetaData().getColumnCount(); i++) {
                    values.add(r.getString(i));
                }
                return values;
            }
        }
    }
}
