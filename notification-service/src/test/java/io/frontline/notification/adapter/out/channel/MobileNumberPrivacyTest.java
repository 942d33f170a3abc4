package io.frontline.notification.adapter.out.channel;

import io.agroal.api.AgroalDataSource;
import io.frontline.notification.ComplaintEvents;
import io.frontline.notification.Events;
import io.frontline.notification.QuietSystem;
import io.frontline.notification.SmsGatewayStub;
import io.frontline.platform.events.Topics;
import io.frontline.platform.events.incident.IncidentEventTypes;
import io.frontline.platform.testing.LogCapture;
import io.frontline.platform.testing.MutableClock;
import io.frontline.platform.testing.infra.KafkaServer;
import io.frontline.platform.testing.infra.TopicClient;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static io.frontline.platform.testing.infra.Tokens.bearer;
import static io.frontline.platform.testing.infra.Tokens.user;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A person's mobile number (issue 15) lives in the directory and goes to the SMS gateway in the message's body —
 * nowhere else: searched for in every log line the service writes while the number is set, an SMS is refused by a
 * gateway that echoes the message in its error and is sent again, in every row of every table but the directory's,
 * and on the topic the service writes.
 */
@QuarkusTest
class MobileNumberPrivacyTest {
    private final TopicClient kafka = new TopicClient(KafkaServer.shared().bootstrapServers());

    @Inject
    AgroalDataSource dataSource;

    @BeforeEach
    void consumerRunning() {
        ComplaintEvents.awaitConsumerReady(dataSource);
    }

    @AfterEach
    void numberRemovedAndNothingLeftOpen() {
        setMobile(null);
        SmsGatewayStub.REFUSE_ONCE.set(null);
        MutableClock.shared().reset();
        QuietSystem.settle(dataSource);
    }

    @Test
    void a_mobile_number_reaches_the_gateway_and_no_log_line_error_delivery_record_or_topic_even_when_the_gateway_echoes_it()
            throws Exception {
        String digits = String.valueOf(10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
        String mobile = "+316" + digits;
        List<String> forms = List.of(mobile, "+31 6" + digits, "316" + digits, "06" + digits, "06-" + digits);
        String reference = Events.reference("INC");

        List<String> logLines;
        try (LogCapture logs = LogCapture.start()) {
            setMobile(mobile);
            SmsGatewayStub.REFUSE_ONCE.set(reference);
            Events.Event critical = Events.of(IncidentEventTypes.REPORTED_V1, d -> d.put("siteId", "utr-centraal")
                    .put("reference", reference).put("incidentId", UUID.randomUUID().toString())
                    .put("severity", "critical")).publish();

            await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
                    .until(() -> "RETRYING".equals(smsStatus(critical.eventId())));
            // Past the first back-off: the SMS goes again, and this time the gateway takes it.
            MutableClock.shared().advance(Duration.ofSeconds(30));
            await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
                    .until(() -> "SENT".equals(smsStatus(critical.eventId())));
            logLines = logs.lines();
        }
        List<SmsGatewayStub.Message> toBram = SmsGatewayStub.RECEIVED.stream()
                .filter(m -> m.signatureValid() && m.body().contains(reference)).toList();
        assertThat(toBram).as("the refused message and the one sent again").hasSize(2)
                .allMatch(m -> m.body().contains("\"to\":\"" + mobile + "\""));
        assertThat(logLines).as("the refusal is logged").anyMatch(l -> l.contains("sms gateway answered 503"));

        List<String> seen = new ArrayList<>(logLines);
        seen.addAll(rowsOfEveryTableButTheDirectory());
        kafka.await(Topics.NOTIFICATIONS, r -> true, Integer.MAX_VALUE, Duration.ofSeconds(3))
                .forEach(r -> seen.add(Topics.NOTIFICATIONS + ": " + r.key() + " " + r.value()));
        for (String form : forms) {
            assertThat(seen).as("log lines, rows and records naming " + form).noneMatch(s -> s.contains(form));
        }
    }

    private static void setMobile(String mobile) {
        Map<String, Object> bram = given().header("Authorization", bearer(user("ada.admin")))
                .get("/api/directory/people/bram.manager").then().statusCode(200).extract().jsonPath().getMap("$");
        bram.put("mobile", mobile);
        given().header("Authorization", bearer(user("ada.admin"))).contentType("application/json").body(bram)
                .put("/api/directory/people/bram.manager").then().statusCode(200);
    }

    private String smsStatus(UUID eventId) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT status FROM delivery WHERE event_id = ? AND channel = 'SMS' AND recipient_id = 'bram.manager'")) {
            s.setObject(1, eventId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    /** Every row of every table but the directory's own (where the number belongs), as JSON text. */
    private List<String> rowsOfEveryTableButTheDirectory() throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT table_schema || '.' || table_name FROM information_schema.tables "
                    + "WHERE table_schema NOT IN ('pg_catalog', 'information_schema') AND table_type = 'BASE TABLE'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            assertThat(tables).anyMatch(t -> t.endsWith(".delivery")).anyMatch(t -> t.endsWith(".recipient"));
            for (String table : tables) {
                if (table.endsWith(".recipient")) {
                    continue;
                }
                try (ResultSet rs = s.executeQuery("SELECT row_to_json(t)::text FROM " + table + " t")) {
                    while (rs.next()) {
                        rows.add(table + ": " + rs.getString(1));
                    }
                }
            }
        }
        return rows;
    }
}
