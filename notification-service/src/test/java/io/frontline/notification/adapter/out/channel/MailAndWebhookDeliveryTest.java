package io.frontline.notification.adapter.out.channel;

import io.agroal.api.AgroalDataSource;
import io.frontline.notification.ComplaintEvents;
import io.frontline.notification.Deliveries;
import io.frontline.notification.Events;
import io.frontline.notification.Events.Event;
import io.frontline.notification.Mails;
import io.frontline.notification.Mails.Mail;
import io.frontline.platform.events.complaint.ComplaintEventTypes;
import io.frontline.platform.events.incident.IncidentEventTypes;
import io.frontline.platform.events.sanction.SanctionEventTypes;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@QuarkusTest
class MailAndWebhookDeliveryTest {
    private static final String WEBHOOK_SECRET = "local-development-webhook-secret";

    @Inject
    AgroalDataSource dataSource;

    @BeforeEach
    void consumerRunning() {
        ComplaintEvents.awaitConsumerReady(dataSource);
    }

    @Test
    void each_person_gets_the_mail_in_their_own_language_with_the_reference_in_the_subject() {
        String dutch = Events.reference("CMP");
        String english = Events.reference("CMP");
        String japanese = Events.reference("CMP");
        Events.of(ComplaintEventTypes.RECEIVED_V1, d -> d.put("siteId", "ein-centrum").put("reference", dutch)).publish();
        Events.of(ComplaintEventTypes.RECEIVED_V1, d -> d.put("siteId", "utr-centraal").put("reference", english)).publish();
        Events.of(ComplaintEventTypes.ASSIGNED_V1, d -> d.put("siteId", "cc-rotterdam").put("reference", japanese)
                .put("assignee", "yara.handler")).publish();

        Mail nl = Mails.await("fleur.manager@demo-retail.example", m -> m.subject().contains(dutch), 1).get(0);
        assertThat(nl.subject()).isEqualTo("Nieuwe klacht " + dutch + " bij Eindhoven Centrum");
        assertThat(nl.text()).contains("Referentie: " + dutch, "Vestiging: Eindhoven Centrum (ein-centrum)", "Urgentie: middel");
        assertThat(nl.html()).contains("<h2>Nieuwe klacht " + dutch + " bij Eindhoven Centrum</h2>");

        Mail en = Mails.await("bram.manager@demo-retail.example", m -> m.subject().contains(english), 1).get(0);
        assertThat(en.subject()).isEqualTo("New complaint " + english + " at Utrecht Centraal");
        assertThat(en.text()).contains("Reference: " + english, "Site: Utrecht Centraal (utr-centraal)", "Severity: medium");

        Mail ja = Mails.await("yara.handler@demo-retail.example", m -> m.subject().contains(japanese), 1).get(0);
        assertThat(ja.subject()).isEqualTo("苦情 " + japanese + " が yara.handler に割り当てられました");
        assertThat(ja.text()).contains("参照番号: " + japanese, "拠点: Klantcontactcentrum Rotterdam (cc-rotterdam)");
    }

    @Test
    void a_ban_violation_mail_names_the_measure_and_the_site() {
        String measureId = UUID.randomUUID().toString();
        Event violation = Events.of(SanctionEventTypes.BAN_VIOLATED_V1, d -> d.put("siteId", "cc-rotterdam")
                .put("measureId", measureId)).publish();

        Mail mail = Mails.await("ruben.supervisor@demo-retail.example", m -> m.text().contains(measureId), 1).get(0);

        assertThat(mail.subject()).isEqualTo("Verbod overtreden bij Klantcontactcentrum Rotterdam (entry-ban, in-person)");
        assertThat(mail.text()).contains("measureId: " + measureId, "cc-rotterdam", "Urgentie: hoog")
                // a customer is a subject key, and even that is not shown
                .doesNotContain("sk1_");
        assertThat(Deliveries.ofEvent(violation.eventId(), "ruben.supervisor", "email")).containsEntry("status", "sent");
    }

    @Test
    void a_live_alert_reaches_the_floor_supervisor_of_the_call_center_at_once_with_the_call_id() {
        String callId = "call-" + UUID.randomUUID();
        Event alert = Events.of(IncidentEventTypes.LIVE_ALERT_V1, d -> d.put("siteId", "cc-rotterdam")
                .put("callId", callId)).publish();

        Mail mail = Mails.await("ruben.supervisor@demo-retail.example", m -> m.subject().contains(callId), 1).get(0);

        assertThat(mail.subject()).isEqualTo("Live-melding gesprek " + callId + " bij Klantcontactcentrum Rotterdam: neem het gesprek over");
        assertThat(mail.text()).contains("Urgentie: kritiek");
        assertThat(Deliveries.ofEvent(alert.eventId())).extracting(d -> d.get("recipientId"))
                .containsOnly("ruben.supervisor");
    }

    @Test
    void the_same_event_delivered_twice_sends_one_mail() {
        String reference = Events.reference("CMP");
        Event received = Events.of(ComplaintEventTypes.RECEIVED_V1, d -> d.put("siteId", "utr-centraal")
                .put("reference", reference));

        received.publish();
        received.publish();
        // A later event on the same key (same partition): once it is handled, so is the redelivery before it.
        Event later = ComplaintEvents.otherTypeEvent(received.key());
        later.publish();
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
                .until(() -> ComplaintEvents.handled(dataSource, later.eventId()));
        Mails.await("bram.manager@demo-retail.example", m -> m.subject().contains(reference), 1);
        // Give the sender a few more rounds to send a second one, if it were going to.
        await().pollDelay(Duration.ofMillis(1500)).atMost(Duration.ofSeconds(3)).until(() -> true);

        assertThat(Mails.to("bram.manager@demo-retail.example")).filteredOn(m -> m.subject().contains(reference)).hasSize(1);
        assertThat(Deliveries.ofEvent(received.eventId())).filteredOn(d -> "bram.manager".equals(d.get("recipientId")))
                .extracting(d -> d.get("channel") + "/" + d.get("status"))
                .containsExactlyInAnyOrder("email/sent", "in-app/sent");
    }

    @Test
    void a_webhook_gets_signed_json_whose_signature_the_receiver_can_check() {
        WebhookReceiver receiver = WebhookReceiver.shared();
        People.add("""
                {"id": "wanda.webhook", "name": "Wanda Webhook", "email": "wanda.webhook@demo-retail.example",
                 "webhookUrl": "%s", "language": "en", "timeZone": "Europe/Amsterdam",
                 "roles": ["hq-safety"], "sites": [], "regions": []}
                """.formatted(receiver.url("/hooks/wanda")));
        String reference = Events.reference("INC");
        Event escalated = Events.of(IncidentEventTypes.ESCALATED_V1, d -> d.put("siteId", "ein-centrum")
                .put("reference", reference).put("severity", "critical")).publish();

        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
                .until(() -> receiver.callsTo("/hooks/wanda").stream().anyMatch(c -> c.body().contains(reference)));
        WebhookReceiver.Call call = receiver.callsTo("/hooks/wanda").stream()
                .filter(c -> c.body().contains(reference)).findFirst().orElseThrow();

        String expected = "sha256=" + hmac(call.header("X-Frontline-Timestamp") + "." + call.body());
        assertThat(call.header("X-Frontline-Signature")).isEqualTo(expected);
        assertThat(call.header("X-Frontline-Event-Id")).isEqualTo(escalated.eventId().toString());
        assertThat(call.header("Content-Type")).startsWith("application/json");
        assertThat(call.body()).contains("\"eventType\":\"" + IncidentEventTypes.ESCALATED_V1 + "\"",
                "\"severity\":\"critical\"", "\"title\":\"Incident " + reference + " at Eindhoven Centrum escalated (critical)\"");
        // A signature made with another secret does not verify.
        assertThat(call.header("X-Frontline-Signature")).isNotEqualTo("sha256=" + WebhookChannel.sign("other-secret",
                call.header("X-Frontline-Timestamp"), call.body()));
        List<Mail> mails = Mails.await("wanda.webhook@demo-retail.example", m -> m.subject().contains(reference), 1);
        assertThat(mails).hasSize(1);
    }

    private static String hmac(String signed) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(WEBHOOK_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
