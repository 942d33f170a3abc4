package io.frontline.notification.adapter.out.channel;

import io.frontline.notification.application.domain.model.Delivery;
import io.frontline.notification.application.domain.model.Language;
import io.frontline.notification.application.domain.model.Notice;
import io.frontline.notification.application.domain.model.Notice.Audience;
import io.frontline.notification.application.port.out.RenderNoticePort;
import io.frontline.platform.domain.Organisation;
import io.frontline.platform.domain.Site;
import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The texts of notices in nl, en and ja: a title per event type ({@code texts/<language>.properties}, Qute
 * expressions) and the data the mail and webhook templates show. Facts that identify people of a case
 * (user ids, subject keys) are never shown.
 */
@ApplicationScoped
class NoticeTexts implements RenderNoticePort {
    private static final Set<String> HIDDEN_FACTS = Set.of("subjectId", "complainantUserId", "accusedUserId",
            "objectorUserId", "subjectKey", "callerSubjectKey", "perpetratorSubjectKey", "employeeUserId", "actedBy",
            Notice.REPLY_TOKEN, "decisionReason");

    private final Engine engine;
    private final Organisation organisation;
    private final String appUrl;
    private final Map<Language, Properties> texts = new EnumMap<>(Language.class);
    private final Map<String, Template> parsed = new ConcurrentHashMap<>();

    @Inject
    public NoticeTexts(Engine engine, Organisation organisation,
                       @ConfigProperty(name = "frontline.notification.app-url", defaultValue = "http://localhost:8080")
                       String appUrl) {
        this.engine = engine;
        this.organisation = organisation;
        this.appUrl = appUrl.endsWith("/") ? appUrl.substring(0, appUrl.length() - 1) : appUrl;
        for (Language language : Language.values()) {
            texts.put(language, load("texts/" + language.code() + ".properties"));
        }
    }

    /** Every event type with a title in every language (checked by a test). */
    public boolean hasTitle(String eventType, Language language) {
        return texts.get(language).containsKey(eventType);
    }

    @Override
    public String title(Notice notice, Language language) {
        Map<String, Object> data = data(notice, language);
        String title = text(language, notice.eventType(), data, notice.eventType() + " " + nullToEmpty(notice.reference()));
        if (notice.audience() == Audience.COMPLAINANT_CONTACT) {
            String kind = complainantKind(notice.eventType());
            String key = "acknowledged".equals(kind) ? "complainant.subject" : "complainant.subject." + kind;
            return text(language, key, data, text(language, "complainant.subject", data, title));
        }
        // The first level of the first round reads like any notice (its body asks for the acknowledgement);
        // the later ones say in the subject that nobody has taken it yet.
        if (notice.escalation() != null && (notice.escalation().level() > 1 || notice.escalation().round() > 1)) {
            Map<String, Object> escalation = new HashMap<>(data);
            escalation.put("title", title);
            escalation.put("level", notice.escalation().level());
            escalation.put("round", notice.escalation().round());
            return text(language, "escalation", escalation, title);
        }
        return title;
    }

    @Override
    public String failureTitle(Delivery delivery, Language language) {
        Map<String, Object> data = new HashMap<>();
        data.put("eventType", delivery.notice().eventType());
        data.put("recipient", delivery.recipientId());
        data.put("channel", delivery.channel().code());
        return text(language, "delivery-failed", data, "Notification not delivered");
    }

    /** Where the person finds the notice in the application: their inbox, at the notice's reference. */
    String link(Notice notice) {
        String at = notice.reference() != null ? notice.reference() : notice.eventId().toString();
        return appUrl + "/inbox?reference=" + java.net.URLEncoder.encode(at, StandardCharsets.UTF_8);
    }

    String digestSubject(Language language, int count) {
        return text(language, "digest.subject", Map.of("count", count), "Frontline: " + count);
    }

    /**
     * The subject of a digest or summary: "12 new complaints at Amsterdam Centrum since 14:05" when all its
     * notices are of one kind at one site, else "12 notifications at …", else the digest's general subject.
     */
    String summarySubject(Language language, List<Notice> notices) {
        Notice first = notices.get(0);
        boolean oneSite = first.siteId() != null && notices.stream().allMatch(n -> first.siteId().equals(n.siteId()));
        if (!oneSite) {
            return digestSubject(language, notices.size());
        }
        Site site = organisation.findSite(first.siteId()).orElse(null);
        ZoneId zone = site == null ? ZoneOffset.UTC : site.timeZone();
        java.time.Instant since = notices.stream().map(Notice::occurredAt).min(java.util.Comparator.naturalOrder())
                .orElse(first.occurredAt());
        Map<String, Object> data = new HashMap<>();
        data.put("count", notices.size());
        data.put("site", site == null ? first.siteId() : site.name());
        data.put("since", DateTimeFormatter.ofPattern("HH:mm").format(since.atZone(zone)));
        boolean oneKind = notices.stream().allMatch(n -> first.eventType().equals(n.eventType()));
        String key = "summary." + first.eventType();
        if (oneKind && texts.get(language).containsKey(key)) {
            return text(language, key, data, digestSubject(language, notices.size()));
        }
        return text(language, "summary.subject", data, digestSubject(language, notices.size()));
    }

    /** What the templates see of a notice: title, reference, site, severity, dates and the visible facts. */
    Map<String, Object> data(Notice notice, Language language) {
        Map<String, Object> data = new HashMap<>();
        Site site = notice.siteId() == null ? null : organisation.findSite(notice.siteId()).orElse(null);
        ZoneId zone = site == null ? ZoneOffset.UTC : site.timeZone();
        data.put("reference", nullToEmpty(notice.reference()));
        data.put("site", site == null ? nullToEmpty(notice.siteId()) : site.name());
        data.put("siteId", nullToEmpty(notice.siteId()));
        data.put("severity", texts.get(language).getProperty("severity." + notice.severity().name().toLowerCase(Locale.ROOT),
                notice.severity().name()));
        data.put("eventType", notice.eventType());
        data.put("occurredAt", DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(locale(language)).format(notice.occurredAt().atZone(zone)));
        data.put("facts", notice.facts());
        List<Map<String, String>> visible = new ArrayList<>();
        new java.util.TreeMap<>(notice.facts()).forEach((name, value) -> {
            if (!HIDDEN_FACTS.contains(name)) {
                Map<String, String> fact = new LinkedHashMap<>();
                fact.put("name", name);
                fact.put("value", value);
                visible.add(fact);
            }
        });
        data.put("visibleFacts", visible);
        if (notice.escalation() != null) {
            data.put("level", notice.escalation().level());
            data.put("round", notice.escalation().round());
            data.put("link", notice.escalation().acknowledgeLink());
        }
        return data;
    }

    /** The kind of news a complainant's mail is about: {@code frontline.complaint.question-asked.v1} → question-asked. */
    static String complainantKind(String eventType) {
        String kind = eventType.startsWith("frontline.complaint.") ? eventType.substring("frontline.complaint.".length())
                : eventType;
        int version = kind.lastIndexOf(".v");
        return version > 0 ? kind.substring(0, version) : kind;
    }

    static Locale locale(Language language) {
        return Locale.forLanguageTag(language.code());
    }

    private String text(Language language, String key, Map<String, Object> data, String fallback) {
        String pattern = texts.get(language).getProperty(key);
        if (pattern == null) {
            return fallback;
        }
        Template template = parsed.computeIfAbsent(language.code() + ":" + key, k -> engine.parse(pattern));
        return template.data(data).render().strip();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private static Properties load(String name) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing " + name);
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
