package io.frontline.notification.adapter.out.channel;

import io.frontline.notification.application.domain.model.Language;
import io.frontline.notification.application.domain.model.Notice;
import io.frontline.notification.application.domain.model.Notice.Audience;
import io.frontline.notification.application.domain.model.RoutedEvent;
import io.frontline.notification.application.domain.model.Severity;
import io.frontline.notification.application.domain.service.SilentEventTypes;
import io.frontline.platform.events.EventTypes;
import io.quarkus.qute.Engine;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class TemplatesTest {
    private static final Map<String, String> FACTS = Map.ofEntries(Map.entry("measureType", "entry-ban"),
            Map.entry("measureId", "m-1"), Map.entry("channel", "in-person"), Map.entry("assignee", "chris.handler"),
            Map.entry("level", "management"), Map.entry("percentOfTerm", "70"), Map.entry("responseDue", "2026-12-05"),
            Map.entry("task", "debrief"), Map.entry("incidentCount", "3"), Map.entry("outcome", "upheld"),
            Map.entry("term", "hearings"), Map.entry("dueAt", "2026-12-02T09:00:00Z"),
            Map.entry("expectedBy", "2026-12-16T09:05:00Z"), Map.entry("expectedHandlingDays", "44"),
            Map.entry("finding", "founded"), Map.entry("decidedAt", "2026-12-28T11:00:00Z"),
            Map.entry("objectionDueAt", "2027-01-11T11:00:00Z"));

    @Inject
    NoticeTexts texts;

    @Inject
    Engine engine;

    @Test
    void every_notifying_event_type_has_a_complete_title_in_every_language() {
        for (String type : EventTypes.ALL) {
            if (SilentEventTypes.NOT_NOTIFYING.contains(type)) {
                continue;
            }
            for (Language language : Language.values()) {
                String title = texts.title(notice(type, Audience.STAFF), language);
                assertThat(title).as(type + " in " + language)
                        .doesNotContain("{", "}", "NOT_FOUND", type).isNotBlank();
            }
        }
    }

    @Test
    void every_mail_template_renders_in_every_language_without_gaps() {
        for (Language language : Language.values()) {
            for (String family : List.of("notice", "party", "complainant")) {
                for (String kind : List.of("txt", "html")) {
                    Notice notice = notice("frontline.procedure.term-missed.v1", Audience.COMPLAINANT);
                    Map<String, Object> data = new HashMap<>(texts.data(notice, language));
                    data.put("title", texts.title(notice, language));
                    data.putAll(Map.of("term", "hearings", "expectedHandlingDays", "44", "dueAt", "2026-12-02 09:00 UTC",
                            "expectedBy", "2026-12-16 09:05 UTC", "responseDue", "2026-12-05",
                            "responseDueLocal", "5 december 2026"));
                    String text = engine.getTemplate("mail/" + family + "-" + language.code() + "." + kind).data(data).render();
                    assertThat(text).as(family + "-" + language.code() + "." + kind)
                            .doesNotContain("NOT_FOUND", "{", "}").contains("UB-2026-000007");
                    if (!family.equals("notice")) {
                        assertThat(text).contains(family.equals("party") ? "44" : "2026-12-05");
                    }
                }
            }
            String digest = engine.getTemplate("mail/digest-" + language.code() + ".txt")
                    .data("items", List.of(Map.of("title", "T1", "occurredAt", "now"))).render();
            assertThat(digest).contains("T1").doesNotContain("NOT_FOUND", "{");
        }
    }

    @Test
    void a_summary_of_new_complaints_names_how_many_where_and_since_when_in_every_language() {
        // 14:05 in Amsterdam (13:05 UTC), then eleven more over the next minutes.
        List<Notice> notices = new java.util.ArrayList<>();
        for (int i = 0; i < 12; i++) {
            notices.add(Notice.of(new RoutedEvent(UUID.randomUUID(), "frontline.complaint.received.v1", Severity.MEDIUM,
                    "ams-centrum", "CMP-2026-0001" + (10 + i), Instant.parse("2026-11-02T13:05:00Z").plusSeconds(60L * i),
                    Map.of()), Audience.STAFF));
        }
        assertThat(texts.summarySubject(Language.EN, notices)).isEqualTo("12 new complaints at Amsterdam Centrum since 14:05");
        assertThat(texts.summarySubject(Language.NL, notices)).isEqualTo("12 nieuwe klachten bij Amsterdam Centrum sinds 14:05");
        assertThat(texts.summarySubject(Language.JA, notices)).isEqualTo("Amsterdam Centrum：14:05以降の新しい苦情 12件");
        for (Language language : Language.values()) {
            String text = engine.getTemplate("mail/digest-" + language.code() + ".txt").data("summary", true)
                    .data("items", List.of(Map.of("title", "T1", "occurredAt", "now",
                            "link", texts.link(notices.get(0))))).render();
            assertThat(text).contains("T1", "/inbox?reference=CMP-2026-000110").doesNotContain("NOT_FOUND", "{");
        }
    }

    private static Notice notice(String type, Audience audience) {
        return Notice.of(new RoutedEvent(UUID.randomUUID(), type, Severity.MEDIUM, "ams-centrum", "UB-2026-000007",
                Instant.parse("2026-11-02T09:16:00Z"), FACTS), audience);
    }
}
