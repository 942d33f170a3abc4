package io.frontline.notification.adapter.out.channel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.frontline.notification.ComplaintEvents;
import io.frontline.notification.ComplaintServiceStub;
import io.frontline.notification.Deliveries;
import io.frontline.notification.Events;
import io.frontline.notification.Events.Event;
import io.frontline.notification.Inboxes;
import io.frontline.notification.Mails;
import io.frontline.notification.Mails.Mail;
import io.frontline.notification.SanctionServiceStub;
import io.frontline.notification.SmsGatewayStub;
import io.frontline.platform.events.sanction.SanctionEventTypes;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The customer's side of a ban (issue 17): a customer whose address complaint-service knows by subject key gets the
 * written notice of their ban in their own language, with the reference and a secret sanction-service issued at
 * send time; a missed decision term and the outcome of their objection (its reason in the customer's language, the
 * decider's own words marked as theirs) reach them by mail too. A customer known only by phone gets the same notices
 * by text message through the SMS gateway; one with an e-mail address gets the mail only.
 */
@QuarkusTest
class BannedCustomerMailTest {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    AgroalDataSource dataSource;

    @BeforeEach
    void consumerRunning() {
        ComplaintEvents.awaitConsumerReady(dataSource);
    }

    @Test
    void a_japanese_complainant_gets_the_notice_of_their_contact_ban_in_japanese_with_reference_and_secret() {
        String subject = subjectKey();
        String reference = noticeReference();
        String email = "kenji." + reference.toLowerCase() + "@example.jp";
        ComplaintServiceStub.subjectContact(subject, email, "ja");

        Event notice = Events.of(SanctionEventTypes.BAN_NOTICE_ISSUED_V1, d -> {
            d.put("noticeReference", reference).put("subjectKey", subject).put("measureType", "contact-ban")
                    .put("siteId", "cc-rotterdam").put("coverage", "all-contact").putNull("regionId")
                    .put("alternativeChannel", "written").put("startsAt", "2026-11-03T11:02:00Z")
                    .put("until", "2027-02-03T11:02:00Z").put("objectionDeadline", "2026-11-17T23:00:00Z");
            d.putArray("siteIds");
            d.putArray("channels").add("phone").add("email").add("chat");
        }).publish();

        Mail mail = Mails.await(email, m -> m.subject().contains(reference), 1).get(0);
        String secret = SanctionServiceStub.ISSUED.get(reference);
        assertThat(secret).as("the secret sanction-service issued to notification-service").isNotNull();
        assertThat(mail.subject()).isEqualTo("連絡禁止のお知らせ（" + reference + "）");
        assertThat(mail.text()).contains("参照番号：" + reference, "シークレット：" + secret, "電話、電子メール、チャット",
                "郵便でのご連絡は引き続き可能です", "2026年11月17日", "/ban-notice");
        assertThat(mail.html()).contains(reference, secret);
        // The secret is in the mail only, never in the link
        assertThat(mail.html()).doesNotContain("ban-notice?").doesNotContain("secret=");
        // The delivery knows the customer by subject key only, and keeps neither address nor secret
        Map<String, Object> delivery = Deliveries.ofEvent(notice.eventId(), "customer:" + subject, "email");
        assertThat(delivery).containsEntry("status", "sent");
        assertThat(delivery.toString()).doesNotContain(email).doesNotContain(secret);
        // A customer with an e-mail address gets the mail only: the text message is not sent
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                assertThat(Deliveries.ofEvent(notice.eventId(), "customer:" + subject, "sms"))
                        .containsEntry("status", "suppressed")
                        .containsEntry("lastError", "the customer is written to by e-mail"));
        assertThat(SmsGatewayStub.RECEIVED).noneMatch(m -> m.body().contains(reference));
    }

    @Test
    void a_customer_known_only_by_phone_gets_the_notice_of_their_ban_by_text_message_with_reference_and_secret()
            throws Exception {
        String subject = subjectKey();
        String reference = noticeReference();
        String phone = "+3161" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
        ComplaintServiceStub.subjectContact(subject, null, phone, "en");

        Event notice = Events.of(SanctionEventTypes.BAN_NOTICE_ISSUED_V1, d -> {
            d.put("noticeReference", reference).put("subjectKey", subject).put("measureType", "contact-ban")
                    .put("siteId", "cc-rotterdam").put("coverage", "all-contact").putNull("regionId")
                    .put("alternativeChannel", "written").put("startsAt", "2026-11-03T11:02:00Z")
                    .put("until", "2027-02-03T11:02:00Z").put("objectionDeadline", "2026-11-17T23:00:00Z");
            d.putArray("siteIds");
            d.putArray("channels").add("phone").add("email");
        }).publish();

        JsonNode sms = awaitSms(reference);
        String secret = SanctionServiceStub.ISSUED.get(reference);
        assertThat(secret).as("the secret sanction-service issued to notification-service").isNotNull();
        assertThat(sms.path("to").asText()).isEqualTo(phone);
        assertThat(sms.path("language").asText()).isEqualTo("en");
        assertThat(sms.path("reference").asText()).isEqualTo(reference);
        assertThat(sms.path("link").asText()).endsWith("/ban-notice");
        assertThat(sms.path("text").asText()).startsWith("Contact ban until February 3, 2027")
                .contains("all contact with us (telephone, e-mail)", "Still open to you: letter.",
                        "Object by November 17, 2026", "/ban-notice", "reference " + reference, "secret " + secret);
        // The secret is in the text only, never in the link
        assertThat(sms.path("link").asText()).doesNotContain(secret).doesNotContain("?");
        // The mail is not sent (no address), the text message is; neither delivery keeps number or secret
        Map<String, Object> text = Deliveries.ofEvent(notice.eventId(), "customer:" + subject, "sms");
        assertThat(text).containsEntry("status", "sent");
        assertThat(text.toString()).doesNotContain(phone).doesNotContain(secret);
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                assertThat(Deliveries.ofEvent(notice.eventId(), "customer:" + subject, "email"))
                        .containsEntry("status", "suppressed"));
    }

    @Test
    void the_outcome_reaches_a_customer_known_only_by_phone_with_the_reason_in_their_language_and_the_deciders_words()
            throws Exception {
        String subject = subjectKey();
        String phone = "+3162" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
        ComplaintServiceStub.subjectContact(subject, null, phone, "nl");

        String words = "The camera footage shows another person " + System.nanoTime();
        Events.of(SanctionEventTypes.OBJECTION_DECIDED_V1, d -> d.put("subjectKey", subject)
                .put("measureType", "entry-ban").put("siteId", "utr-centraal").put("outcome", "overturned")
                .put("reasonCode", "facts-not-established").put("decisionReason", words)).publish();

        JsonNode sms = awaitSms(words);
        assertThat(sms.path("to").asText()).isEqualTo(phone);
        assertThat(sms.path("text").asText()).startsWith("De beslissing op uw bezwaar:")
                .contains("Uw bezwaar is toegewezen: het verbod is ingetrokken.",
                        "De feiten waarop het verbod rustte, konden niet worden vastgesteld.",
                        "In de woorden van de beslisser: \"" + words + "\"", "/ban-notice");
    }

    @Test
    void the_outcome_mail_gives_the_reason_in_japanese_and_the_deciders_own_words_marked_as_theirs() {
        String subject = subjectKey();
        String email = "yuki." + System.nanoTime() + "@example.jp";
        ComplaintServiceStub.subjectContact(subject, email, "ja");

        Events.of(SanctionEventTypes.OBJECTION_DECIDED_V1, d -> d.put("subjectKey", subject)
                .put("measureType", "entry-ban").put("siteId", "ams-centrum").put("outcome", "overturned")
                .put("reasonCode", "facts-not-established")
                .put("decisionReason", "De camerabeelden tonen een andere persoon")).publish();

        Mail outcome = Mails.await(email, m -> m.subject().equals("異議申立てに対する決定"), 1).get(0);
        assertThat(outcome.text()).contains("異議が認められました。禁止措置は取り消されました。",
                "理由：禁止措置の根拠となった事実を確認できませんでした。",
                "決定者の言葉（原文のまま）：「De camerabeelden tonen een andere persoon」");
        assertThat(outcome.html()).contains("禁止措置の根拠となった事実を確認できませんでした。",
                "De camerabeelden tonen een andere persoon");
    }

    private static JsonNode awaitSms(String containing) throws Exception {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() ->
                SmsGatewayStub.RECEIVED.stream().anyMatch(m -> m.signatureValid() && m.body().contains(containing)));
        String body = SmsGatewayStub.RECEIVED.stream().filter(m -> m.signatureValid()
                && m.body().contains(containing)).findFirst().orElseThrow().body();
        return JSON.readTree(body);
    }

    @Test
    void the_outcome_of_the_objection_and_a_missed_term_reach_the_customer_and_the_site_manager() {
        String subject = subjectKey();
        String reference = noticeReference();
        String email = "k.jansen." + reference.toLowerCase() + "@example.org";
        ComplaintServiceStub.subjectContact(subject, email, "nl");

        Event late = Events.of(SanctionEventTypes.OBJECTION_TERM_MISSED_V1, d -> d.put("subjectKey", subject)
                .put("noticeReference", reference).put("siteId", "utr-centraal")
                .put("decisionDue", "2026-11-24T23:00:00Z").put("expectedBy", "2026-12-01T23:00:00Z")).publish();
        Mail lateMail = Mails.await(email, m -> m.subject().contains("duurt langer"), 1).get(0);
        assertThat(lateMail.subject()).isEqualTo("Uw bezwaar (" + reference + "): de beslissing duurt langer");
        assertThat(lateMail.text()).contains("24 november 2026", "1 december 2026");
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                assertThat(Inboxes.entries("bram.manager", false)).anyMatch(e -> late.eventId().toString()
                        .equals(e.get("eventId"))));

        Events.of(SanctionEventTypes.OBJECTION_DECIDED_V1, d -> d.put("subjectKey", subject)
                .put("measureType", "entry-ban").put("siteId", "utr-centraal").put("outcome", "shortened")
                .put("until", "2026-12-03T11:02:00Z")).publish();
        Mail outcome = Mails.await(email, m -> m.subject().equals("De beslissing op uw bezwaar"), 1).get(0);
        assertThat(outcome.text()).contains("deels toegewezen", "3 december 2026");
    }

    @Test
    void a_customer_without_a_known_address_is_not_written_to_and_the_delivery_says_so() {
        String subject = subjectKey();
        Event notice = Events.of(SanctionEventTypes.BAN_NOTICE_ISSUED_V1, d -> d.put("subjectKey", subject)
                .put("noticeReference", noticeReference())).publish();

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                assertThat(Deliveries.ofEvent(notice.eventId(), "customer:" + subject, "email"))
                        .containsEntry("status", "suppressed"));
    }

    private static String subjectKey() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return "sk1_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String noticeReference() {
        String alphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
        StringBuilder b = new StringBuilder("BN-");
        for (int i = 0; i < 8; i++) {
            if (i == 4) {
                b.append('-');
            }
            b.append(alphabet.charAt(ThreadLocalRandom.current().nextInt(alphabet.length())));
        }
        return b.toString();
    }
}
