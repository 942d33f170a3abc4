package io.frontline.notification.adapter.out.channel;

import io.agroal.api.AgroalDataSource;
import io.frontline.notification.ComplaintEvents;
import io.frontline.notification.ComplaintServiceStub;
import io.frontline.notification.Deliveries;
import io.frontline.notification.Events;
import io.frontline.notification.Events.Event;
import io.frontline.notification.Mails;
import io.frontline.notification.Mails.Mail;
import io.frontline.platform.events.complaint.ComplaintEventTypes;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17: the complainant hears by mail of every step meant for them — a question (the term pauses until they
 * answer), the answer or decision, an escalation, a reopening — in their language, with the tracking link and the
 * signed reply token (Reply-To plus-address and subject tag) that lets their answer by mail join the complaint.
 */
@QuarkusTest
class ComplainantMailTest {
    private static final String TRACKING_LINK = "http://localhost:8080/complaints/track";

    @Inject
    AgroalDataSource dataSource;

    @BeforeEach
    void consumerRunning() {
        ComplaintEvents.awaitConsumerReady(dataSource);
    }

    private static String token(String reference) {
        return reference.toLowerCase() + "." + UUID.randomUUID().toString().replace("-", "").substring(0, 24);
    }

    @Test
    void a_japanese_complainant_gets_the_question_in_japanese_with_the_tracking_link_and_the_reply_token() {
        String complaintId = UUID.randomUUID().toString();
        String reference = Events.reference("CMP");
        String token = token(reference);
        ComplaintServiceStub.contact(complaintId, reference, "yuki.tanaka@example.jp", "ja", "2026-12-05", token);

        Event asked = Events.of(ComplaintEventTypes.QUESTION_ASKED_V1, d -> d.put("complaintId", complaintId)
                .put("reference", reference)).publish();

        Mail mail = Mails.await("yuki.tanaka@example.jp", m -> m.subject().contains(reference), 1).get(0);
        assertThat(mail.subject()).isEqualTo("お客様の苦情 " + reference + " についてのご質問 [#" + token + "]");
        assertThat(mail.text()).contains("確認させていただきたい事項", "回答期限の進行は停止します", TRACKING_LINK,
                "[#" + token + "]").doesNotContain("Dear", "Geachte");
        assertThat(mail.html()).contains("lang=\"ja\"", "href=\"" + TRACKING_LINK + "\"");
        assertThat(mail.replyTo()).isEqualTo("complaints+" + token + "@demo-retail.example");
        // Neither the address nor the token is kept with the delivery.
        assertThat(Deliveries.ofEvent(asked.eventId(), "complainant:" + complaintId, "email"))
                .containsEntry("status", "sent");
        assertThat(Deliveries.ofEvent(asked.eventId()).toString()).doesNotContain("yuki.tanaka", token);
    }

    @Test
    void the_complainant_is_told_of_an_escalation_a_reopening_and_the_answer_in_their_language() {
        String complaintId = UUID.randomUUID().toString();
        String reference = Events.reference("CMP");
        String token = token(reference);
        ComplaintServiceStub.contact(complaintId, reference, "k.jansen@example.org", "en", "2026-12-19", token);

        Events.of(ComplaintEventTypes.ESCALATED_V1, d -> d.put("complaintId", complaintId).put("reference", reference)
                .put("level", "external-committee")).publish();
        Events.of(ComplaintEventTypes.REOPENED_V1, d -> d.put("complaintId", complaintId).put("reference", reference)
                .put("responseDue", "2026-12-19")).publish();
        Events.of(ComplaintEventTypes.RESOLVED_V1, d -> d.put("complaintId", complaintId).put("reference", reference))
                .publish();

        List<Mail> mails = Mails.await("k.jansen@example.org", m -> m.subject().contains(reference), 3);
        Mail escalated = mails.stream().filter(m -> m.subject().contains("escalated")).findFirst().orElseThrow();
        Mail reopened = mails.stream().filter(m -> m.subject().contains("reopened")).findFirst().orElseThrow();
        Mail answered = mails.stream().filter(m -> m.subject().contains("Our answer")).findFirst().orElseThrow();
        assertThat(escalated.subject()).isEqualTo("Your complaint " + reference + " has been escalated [#" + token + "]");
        assertThat(escalated.text()).contains("escalated to the external complaints committee", TRACKING_LINK);
        assertThat(reopened.text()).contains("has been reopened", "December 19, 2026", "(2026-12-19)", TRACKING_LINK);
        assertThat(answered.text()).contains("We have answered your complaint " + reference, TRACKING_LINK);
        for (Mail mail : mails) {
            assertThat(mail.replyTo()).isEqualTo("complaints+" + token + "@demo-retail.example");
        }
    }

    @Test
    void a_dutch_complainant_reads_the_decision_in_dutch() {
        String complaintId = UUID.randomUUID().toString();
        String reference = Events.reference("CMP");
        ComplaintServiceStub.contact(complaintId, reference, "p.devries@example.nl", "nl", "2026-12-05", token(reference));

        Events.of(ComplaintEventTypes.REJECTED_V1, d -> d.put("complaintId", complaintId).put("reference", reference))
                .publish();

        Mail mail = Mails.await("p.devries@example.nl", m -> m.subject().contains(reference), 1).get(0);
        assertThat(mail.subject()).startsWith("Een beslissing over uw klacht " + reference);
        assertThat(mail.text()).contains("Wij hebben een beslissing genomen", "binnen 30 dagen", TRACKING_LINK);
    }
}
