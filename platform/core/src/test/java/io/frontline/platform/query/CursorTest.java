package io.frontline.platform.query;

import io.frontline.platform.domain.InvalidValue;
import io.frontline.platform.domain.WireName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CursorTest {
    enum Severity { LOW, HIGH_RISK }

    @Test
    void a_cursor_reads_back_the_keys_it_was_made_from() {
        Cursor cursor = Cursor.of("-received", "2026-11-29T10:00:00Z", "C-17");
        Cursor read = Cursor.parse(cursor.token(), "-received");
        assertThat(read.key(0)).isEqualTo("2026-11-29T10:00:00Z");
        assertThat(read.key(1)).isEqualTo("C-17");
    }

    @Test
    void no_cursor_is_the_first_page() {
        assertThat(Cursor.parse(null, "-received")).isNull();
        assertThat(Cursor.parse(" ", "-received")).isNull();
    }

    @Test
    void a_cursor_of_another_sort_or_not_ours_is_refused() {
        String token = Cursor.of("-received", "x", "1").token();
        assertThatThrownBy(() -> Cursor.parse(token, "due")).isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> Cursor.parse("not a cursor!", "due")).isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> Cursor.parse("aGVsbG8", "due")).isInstanceOf(InvalidValue.class);
    }

    @Test
    void a_page_read_with_one_extra_row_points_after_its_last_row() {
        ListPage<String> page = ListPage.of(List.of("a", "b", "c"), 2, row -> Cursor.of("id", row));
        assertThat(page.items()).containsExactly("a", "b");
        assertThat(Cursor.parse(page.next(), "id").key(0)).isEqualTo("b");
        assertThat(ListPage.of(List.of("a", "b"), 2, row -> Cursor.of("id", row)).next()).isNull();
    }

    @Test
    void the_page_size_is_bounded() {
        assertThat(ListPage.limit(null)).isEqualTo(ListPage.DEFAULT_LIMIT);
        assertThatThrownBy(() -> ListPage.limit(0)).isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> ListPage.limit(ListPage.MAX_LIMIT + 1)).isInstanceOf(InvalidValue.class);
    }

    @Test
    void a_wire_name_outside_the_enum_names_the_allowed_values_and_not_the_input() {
        assertThat(WireName.parse(Severity.class, "high-risk", "severity")).isEqualTo(Severity.HIGH_RISK);
        assertThat(WireName.parse(Severity.class, null, "severity")).isNull();
        assertThatThrownBy(() -> WireName.parse(Severity.class, "06-12345678", "severity"))
                .isInstanceOf(InvalidValue.class)
                .hasMessage("severity must be one of low, high-risk")
                .hasMessageNotContaining("0612345678");
    }
}
