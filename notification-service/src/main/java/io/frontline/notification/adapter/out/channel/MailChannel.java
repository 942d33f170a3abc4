package io.frontline.notification.adapter.out.channel;

import io.frontline.notification.application.domain.model.Language;
import io.frontline.notification.application.domain.model.Notice;
import io.frontline.notification.application.domain.model.Notice.Audience;
import io.frontline.notification.application.port.out.SendEmailPort;
import io.frontline.notification.application.port.out.SendFailed;
import io.frontline.platform.domain.Organisation;
import io.frontline.platform.tracing.StoredTraces;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * E-mail over SMTP (Quarkus Mailer), plain text and HTML from the Qute templates {@code mail/<family>-<language>}:
 * {@code notice} for the chain's people, {@code party} for the parties of an internal procedure (reference,
 * terms, dates and outcome only), {@code complainant} for an external complainant (one section per kind of news:
 * acknowledged, question-asked, resolved, rejected, escalated, reopened; always the tracking link, and the reply
 * token in Reply-To and subject), {@code digest}.
 */
@ApplicationScoped
class MailChannel implements SendEmailPort {
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);
    private static final List<String> PARTY_DATES = List.of("dueAt", "expectedBy", "decidedAt", "objectionDueAt",
            "issuedAt", "decisionDueAt", "receivedAt", "hearingsDueAt", "reportDueAt", "answeredAt");

    @Inject
    Mailer mailer;

    @Inject
    Engine engine;

    @Inject
    NoticeTexts texts;

    @Inject
    Organisation organisation;

    /** The send is a span of the trace that created the delivery (issue 18); the mail carries none of it. */
    @Inject
    StoredTraces traces;

    /** Where the complainant follows their complaint: the web's page, asking for reference and tracking code. */
    @ConfigProperty(name = "frontline.notification.public-url", defaultValue = "http://localhost:8080")
    String publicUrl;

    /** The mailbox complainants' replies go to; the reply token is added as plus-address: local+token@domain. */
    @ConfigProperty(name = "frontline.notification.complainant-reply-to", defaultValue = "complaints@demo-retail.example")
    String complainantReplyTo;

    @Override
    public void send(String to, Language language, Notice notice) {
        if (notice.audience() == Audience.CUSTOMER) {
            // A customer under a ban (issue 17): their notice, a missed decision term, the outcome
            CustomerMailTexts customer = new CustomerMailTexts(organisation);
            Map<String, Object> data = customer.data(notice, language,
                    (publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl)
                            + "/ban-notice");
            String subject = customer.subject(notice, language);
            data.put("title", subject);
            deliver(to, subject, render("customer", language, "txt", data), render("customer", language, "html", data), null);
            return;
        }
        String title = texts.title(notice, language);
        Map<String, Object> data = texts.data(notice, language);
        data.put("title", title);
        String family;
        String replyTo = null;
        if (notice.audience() == Audience.COMPLAINANT_CONTACT) {
            family = "complainant";
            String due = notice.fact("responseDue");
            data.put("responseDue", due == null ? "" : due);
            data.put("responseDueLocal", due == null ? "" : localDate(due, language));
            data.put("kind", NoticeTexts.complainantKind(notice.eventType()));
            data.put("level", value(notice.fact("level")));
            data.put("trackingLink", trackingLink());
            String token = notice.fact(Notice.REPLY_TOKEN);
            data.put("replyToken", value(token));
            if (token != null) {
                // The token travels twice: in the Reply-To plus-address and as a tag in the subject (kept by a
                // reply), so complaint-service can attach the answer to this complaint whoever's mailbox sends it.
                title = title + " [#" + token + "]";
                replyTo = plusAddress(complainantReplyTo, token);
            }
        } else if (notice.audience() == Audience.ACCUSED || notice.audience() == Audience.COMPLAINANT) {
            family = "party";
            partyFacts(notice, data);
        } else {
            family = "notice";
        }
        deliver(to, title, render(family, language, "txt", data), render(family, language, "html", data), replyTo);
    }

    private String trackingLink() {
        String base = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        return base + "/complaints/track";
    }

    /** {@code complaints@example.org} with token t: {@code complaints+t@example.org}. */
    static String plusAddress(String mailbox, String token) {
        int at = mailbox.lastIndexOf('@');
        if (at < 1) {
            throw new IllegalStateException("frontline.notification.complainant-reply-to is not an address");
        }
        String local = mailbox.substring(0, at);
        int plus = local.indexOf('+');
        return (plus < 0 ? local : local.substring(0, plus)) + "+" + token + mailbox.substring(at);
    }

    @Override
    public void sendDigest(String to, Language language, List<Notice> notices, boolean summary) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (Notice notice : notices) {
            Map<String, Object> item = texts.data(notice, language);
            item.put("title", texts.title(notice, language));
            item.put("link", texts.link(notice));
            items.add(item);
        }
        Map<String, Object> data = new HashMap<>();
        data.put("items", items);
        data.put("summary", summary);
        String subject = summary ? texts.summarySubject(language, notices) : texts.digestSubject(language, notices.size());
        deliver(to, subject, render("digest", language, "txt", data), render("digest", language, "html", data), null);
    }

    /** What a party may read: the term, the dates and the outcome; nothing else of the case. */
    private static void partyFacts(Notice notice, Map<String, Object> data) {
        data.put("term", value(notice.fact("term")));
        data.put("finding", value(notice.fact("finding")));
        data.put("expectedHandlingDays", value(notice.fact("expectedHandlingDays")));
        for (String name : PARTY_DATES) {
            data.put(name, moment(notice.fact(name)));
        }
    }

    private void deliver(String to, String subject, String text, String html, String replyTo) {
        try {
            Mail mail = Mail.withText(to, subject, text).setHtml(html);
            if (replyTo != null) {
                mail.setReplyTo(replyTo);
            }
            traces.inSpan("send email", "email", () -> mailer.send(mail));
        } catch (RuntimeException e) {
            throw new SendFailed("SMTP: " + e.getMessage(), e);
        }
    }

    private String render(String family, Language language, String kind, Map<String, Object> data) {
        Template template = engine.getTemplate("mail/" + family + "-" + language.code() + "." + kind);
        if (template == null) {
            throw new IllegalStateException("no template mail/" + family + "-" + language.code() + "." + kind);
        }
        return template.data(data).render();
    }

    private static String localDate(String isoDate, Language language) {
        try {
            return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(NoticeTexts.locale(language))
                    .format(LocalDate.parse(isoDate));
        } catch (DateTimeParseException e) {
            return isoDate;
        }
    }

    private static String moment(String instant) {
        if (instant == null) {
            return "";
        }
        try {
            return MOMENT.format(Instant.parse(instant));
        } catch (DateTimeParseException e) {
            return instant;
        }
    }

    private static String value(String s) {
        return s == null ? "" : s;
    }
}
