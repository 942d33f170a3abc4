package io.frontline.web.today;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Gathers the Today page: every source (a service's work queue) is asked at once, each with its own time limit; a
 * source that fails or does not answer in time becomes a section that says so, and the others still show. Then the
 * order: most urgent first, within a section and between sections.
 */
final class TodayBoard {
    private static final Comparator<TodayItem> MOST_URGENT_FIRST = Comparator
            .comparing(TodayItem::urgency).thenComparing(TodayItem::since);

    private TodayBoard() {
    }

    /** A section's source: its key, the call (started when asked) and how an answer becomes items. */
    record Source<T>(String key, Supplier<CompletionStage<T>> call, Function<T, List<TodayItem>> items) {
    }

    /** A section of the page: its items, most urgent first; or, when its service did not answer, {@code failed}. */
    record Section(String key, List<TodayItem> items, boolean failed) {
        TodayItem.Urgency mostUrgent() {
            return items.isEmpty() ? null : items.get(0).urgency();
        }
    }

    /** Asks every source at once and waits at most {@code limit} for each (so about {@code limit} in all). */
    static List<Section> gather(List<Source<?>> sources, Duration limit) {
        List<CompletableFuture<?>> calls = new ArrayList<>();
        for (Source<?> source : sources) {
            calls.add(start(source, limit));
        }
        List<Section> sections = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            sections.add(section(sources.get(i), calls.get(i)));
        }
        return ordered(sections);
    }

    private static CompletableFuture<?> start(Source<?> source, Duration limit) {
        try {
            return source.call().get().toCompletableFuture().orTimeout(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RuntimeException refused) {
            return CompletableFuture.failedFuture(refused);
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> Section section(Source<T> source, CompletableFuture<?> call) {
        try {
            List<TodayItem> items = new ArrayList<>(source.items().apply((T) call.join()));
            items.sort(MOST_URGENT_FIRST);
            return new Section(source.key(), List.copyOf(items), false);
        } catch (CompletionException | java.util.concurrent.CancellationException | ClassCastException e) {
            return new Section(source.key(), List.of(), true);
        } catch (RuntimeException unreadable) {
            // an answer the page cannot read is as good as none
            return new Section(source.key(), List.of(), true);
        }
    }

    /**
     * Sections with something in them first, by their most urgent item (then the one waiting longest); then those
     * whose service did not answer (their work may be waiting); sections with nothing last. Otherwise as given.
     */
    static List<Section> ordered(List<Section> sections) {
        List<Section> sorted = new ArrayList<>(sections);
        sorted.sort(Comparator.comparingInt(TodayBoard::rank)
                .thenComparing(s -> s.items().isEmpty() ? null : s.items().get(0),
                        Comparator.nullsLast(MOST_URGENT_FIRST)));
        return sorted;
    }

    private static int rank(Section section) {
        return !section.items().isEmpty() ? 0 : section.failed() ? 1 : 2;
    }
}
