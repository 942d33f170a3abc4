package io.frontline.web.today;

import io.frontline.web.today.TodayBoard.Section;
import io.frontline.web.today.TodayBoard.Source;
import io.frontline.web.today.TodayItem.Urgency;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Today page's rules without a server: most urgent first, within a section and between sections; a service
 * that fails or does not answer in time becomes a section that says so, and the others still show, in about the
 * time limit of one call (they are asked at once).
 */
class TodayBoardTest {
    private static final Instant NOW = Instant.parse("2026-11-29T12:00:00Z");

    @Test
    void the_most_urgent_comes_first_within_a_section_and_the_section_with_the_most_urgent_item_leads() {
        List<Section> sections = TodayBoard.gather(List.of(
                source("approvals", List.of(item(Urgency.WAITING, 50, "ban proposed 50 h ago"))),
                source("care-tasks", List.of(item(Urgency.OVERDUE, 2, "overdue 2 h"),
                        item(Urgency.OVERDUE, 30, "overdue 30 h"))),
                source("suggestions", List.of()),
                source("escalations", List.of(item(Urgency.SOON, 1, "high, 1 h"),
                        item(Urgency.NOW, 0, "critical, just now")))), Duration.ofSeconds(2));

        assertThat(sections).extracting(Section::key)
                .containsExactly("escalations", "care-tasks", "approvals", "suggestions");
        assertThat(sections.get(0).items()).extracting(TodayItem::title)
                .containsExactly("critical, just now", "high, 1 h");
        assertThat(sections.get(1).items()).extracting(TodayItem::title).as("the one overdue longest first")
                .containsExactly("overdue 30 h", "overdue 2 h");
        assertThat(sections).noneMatch(Section::failed);
    }

    @Test
    void a_service_that_fails_or_does_not_answer_in_time_shows_as_failed_while_the_others_show_in_about_the_limit() {
        CompletableFuture<List<TodayItem>> never = new CompletableFuture<>();
        long begin = System.nanoTime();
        List<Section> sections = TodayBoard.gather(List.of(
                new Source<>("escalations", () -> never, Function.identity()),
                new Source<>("approvals", () -> CompletableFuture.failedFuture(new IllegalStateException("503")),
                        Function.identity()),
                new Source<List<TodayItem>>("complaints", () -> {
                    throw new IllegalStateException("connection refused");
                }, Function.identity()),
                source("care-tasks", List.of(item(Urgency.OVERDUE, 3, "overdue 3 h"))),
                source("suggestions", List.of())), Duration.ofMillis(300));
        long tookMs = (System.nanoTime() - begin) / 1_000_000;

        assertThat(sections).extracting(Section::key).as("with items, then failed, then empty")
                .containsExactly("care-tasks", "escalations", "approvals", "complaints", "suggestions");
        assertThat(sections).filteredOn(Section::failed).extracting(Section::key)
                .containsExactlyInAnyOrder("escalations", "approvals", "complaints");
        assertThat(sections.get(0).items()).extracting(TodayItem::title).containsExactly("overdue 3 h");
        assertThat(tookMs).as("waited for the silent service only as long as its limit").isBetween(250L, 2_000L);
    }

    @Test
    void an_answer_the_page_cannot_read_is_shown_as_not_loaded() {
        List<Section> sections = TodayBoard.gather(List.of(new Source<String>("approvals",
                () -> CompletableFuture.completedFuture("not a list"), answer -> {
                    throw new IllegalArgumentException("unexpected answer");
                })), Duration.ofSeconds(1));
        assertThat(sections).singleElement().satisfies(s -> assertThat(s.failed()).isTrue());
    }

    private static Source<List<TodayItem>> source(String key, List<TodayItem> items) {
        return new Source<>(key, () -> (CompletionStage<List<TodayItem>>) CompletableFuture.completedFuture(items),
                Function.identity());
    }

    private static TodayItem item(Urgency urgency, int hoursAgo, String title) {
        return new TodayItem(urgency, NOW.minus(Duration.ofHours(hoursAgo)), title, "", "/somewhere");
    }
}
