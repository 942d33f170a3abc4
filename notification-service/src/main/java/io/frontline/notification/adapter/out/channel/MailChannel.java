package io.frontline.notification.adapter.out.channel;

import io.frontline.notification.application.domain.model.Language;
import io.frontline.notification.application.domain.model.Notice;
import io.frontline.notification.application.domain.model.Notice.Audience;
import io.frontline.notification.application.port.out.SendEmailPort;
import io.frontline.notification.application.port.out.SendFailed;
import io.frontline.platform.domain.Organisation;
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
 * terms, dates and outcome only), {@code complainant} for an external complainant, {@code digest}.
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

    @ConfigProperty(name = "frontline.notification.public-url", defaultValue = "http://localhost:8080")
    String publicUrl;

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
            deliver(to, subject, render("customer", language, "txt", data), render("customer", language, "html", data));
            return;
        }
        String title = texts.title(notice, language);
        Map<String, Object> data = texts.data(notice, language);
        data.put("title", title);
        String family;
        if (notice.audience() == Audience.COMPLAINANT_CONTACT) {
            family = "complainant";
            String due = notice.fact("responseDue");
            data.put("responseDue", due == null ? "" : due);
            data.put("responseDueLocal", due == null ? "" : localDate(due, language));
        } else if (notice.audience() == Audience.ACCUSED || notice.audience() == Audience.COMPLAINANT) {
            family = "party";
            partyFacts(notice, data);
        } else {
            family = "notice";
        }
        deliver(to, title, render(family, language, "txt", data), render(family, language, "html", data));
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
        deliver(to, subject, render("digest", language, "txt", data), render("digest", language, "html", data));
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

    private void deliver(String to, String subject, String text, String html) {
        try {
            mailer.send(Mail.withText(to, subject, text).setHtml(html));
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
