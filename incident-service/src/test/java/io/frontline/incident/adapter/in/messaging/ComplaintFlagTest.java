package io.frontline.incident.adapter.in.messaging;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agroal.api.AgroalDataSource;
import io.frontline.incident.Reports;
import io.frontline.platform.events.EventCodec;
import io.frontline.platform.events.EventContracts;
import io.frontline.platform.events.Topics;
import io.frontline.platform.events.complaint.ComplaintEventTypes;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static io.frontline.platform.testing.infra.Tokens.bearer;
import static io.frontline.platform.testing.infra.Tokens.user;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** A complaint confirmed abusive becomes an incident linked to it, exactly once. */
@QuarkusTest
class ComplaintFlagTest {
    @Inject
    AgroalDataSource dataSource;

    private final io.frontline.platform.testing.infra.TopicClient kafka =
            new io.frontline.platform.testing.infra.TopicClient(
                    io.frontline.platform.testing.infra.KafkaServer.shared().bootstrapServers());

    /** The contract's sample with a fresh event id and complaint reference. */
    private static String flag(String reference) throws Exception {
        ObjectNode envelope = (ObjectNode) EventCodec.mapper()
                .readTree(EventContracts.sample(ComplaintEventTypes.HARASSMENT_CONFIRMED_V1));
        envelope.put("id", UUID.randomUUID().toString());
        ((ObjectNode) envelope.get("data")).put("reference", reference);
        return envelope.toString();
    }

    private long incidentsFor(String reference) {
        return Reports.count(dataSource, "SELECT count(*) FROM incident WHERE complaint_reference = ?", reference);
    }

    @Test
    void a_harassment_confirmed_complaint_becomes_one_incident_even_when_delivered_twice_or_flagged_again() throws Exception {
        String reference = "CMP-2026-" + String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
        String first = flag(reference);
        kafka.publish(Topics.COMPLAINTS, reference, first);
        kafka.publish(Topics.COMPLAINTS, reference, first);
        kafka.publish(Topics.COMPLAINTS, reference, flag(reference));
        await().atMost(Duration.ofSeconds(20)).until(() -> incidentsFor(reference) == 1);
        String last = flag(reference);
        kafka.publish(Topics.COMPLAINTS, reference, last);
        UUID lastId = EventCodec.decode(last).id();
        await().atMost(Duration.ofSeconds(20)).until(() -> Reports.count(dataSource,
                "SELECT count(*) FROM frontline_processed_event WHERE event_id = ?", lastId) == 1);
        assertThat(incidentsFor(reference)).isEqualTo(1);

        String id = idFor(reference);
        given().header("Authorization", bearer(user("henk.hq"))).get("/api/incidents/" + id).then().statusCode(200)
                .body("source", equalTo("complaint-flag")).body("complaintReference", equalTo(reference))
                .body("reportedBy", equalTo("system:complaint-service"));
        given().header("Authorization", bearer(user("henk.hq"))).get("/api/incidents/" + id + "/care-plan").then()
                .statusCode(200).body("task", hasItem("debrief"));
    }

    private String idFor(String reference) throws Exception {
        try (var c = dataSource.getConnection();
             var s = c.prepareStatement("SELECT id FROM incident WHERE complaint_reference = ?")) {
            s.setString(1, reference);
            try (var rs = s.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }
}
