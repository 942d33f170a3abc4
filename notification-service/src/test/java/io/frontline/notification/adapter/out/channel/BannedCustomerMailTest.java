package io.frontline.notification.adapter.out.channel;

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
 * send time; a missed decision term and the outcome of their objection reach them by mail too.
 */
@QuarkusTest
class BannedCustomerMailTest {
    private static final SecureRandom RANDOM = new SecureRandom();

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
