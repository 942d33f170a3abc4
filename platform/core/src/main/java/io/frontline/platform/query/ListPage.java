package io.frontline.platform.query;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a work queue as every list endpoint answers it: {@code {"items": [...], "next": "<cursor>"}};
 * {@code next} is null on the last page. Ask for the next page with {@code ?cursor=<next>} and the same filters.
 */
public record ListPage<T>(List<T> items, String next) {
    public ListPage {
        items = List.copyOf(items);
    }

    /** Largest page a client may ask for; the default when it does not say. */
    public static final int MAX_LIMIT = 200;
    public static final int DEFAULT_LIMIT = 50;

    /**
     * A page from {@code limit + 1} rows read in order: when the extra row is there, the page ends before it and
     * {@code next} points after the page's last row.
     */
    public static <T> ListPage<T> of(List<T> rowsReadWithOneExtra, int limit, Function<T, Cursor> cursorAfter) {
        if (rowsReadWithOneExtra.size() <= limit) {
            return new ListPage<>(rowsReadWithOneExtra, null);
        }
        List<T> page = rowsReadWithOneExtra.subList(0, limit);
        return new ListPage<>(page, cursorAfter.apply(page.get(limit - 1)).token());
    }

    public <R> ListPage<R> map(Function<T, R> mapper) {
        return new ListPage<>(items.stream().map(mapper).toList(), next);
    }

    /** The page size asked for, bounded: null is the default, outside 1..MAX_LIMIT is a 400. */
    public static int limit(Integer asked) {
        if (asked == null) {
            return DEFAULT_LIMIT;
        }
        if (asked < 1 || asked > MAX_LIMIT) {
            throw new io.frontline.platform.domain.InvalidValue("limit", "limit must be between 1 and " + MAX_LIMIT);
        }
        return asked;
    }
}
