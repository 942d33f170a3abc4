package io.frontline.web.analytics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14: the dashboard's detection table gives each rule's figures and, under it, the same figures per language of
 * the calls, as incident-service counts them; the chart keeps one bar per rule.
 */
@QuarkusTest
class DetectionByLanguageTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static AnalyticsViews in(String language) {
        return new AnalyticsViews(AnalyticsViews.in(language), null, JSON, Locale.forLanguageTag(language));
    }

    @Test
    void each_rule_row_is_followed_by_its_rows_per_language_with_the_endpoints_figures() throws Exception {
        JsonNode stats = JSON.readTree("""
                {"detection": [
                  {"rule": "stalking", "suggestions": 5, "confirmed": 3, "dismissed": 1, "open": 1, "confirmRate": 0.75},
                  {"rule": "abusive-language", "suggestions": 1, "confirmed": 0, "dismissed": 0, "open": 1, "confirmRate": null}],
                 "detectionByLanguage": [
                  {"rule": "stalking", "language": "en", "suggestions": 2, "confirmed": 2, "dismissed": 0, "open": 0, "confirmRate": 1.0},
                  {"rule": "stalking", "language": "nl", "suggestions": 3, "confirmed": 1, "dismissed": 1, "open": 1, "confirmRate": 0.5},
                  {"rule": "abusive-language", "language": "unknown", "suggestions": 1, "confirmed": 0, "dismissed": 0, "open": 1, "confirmRate": null}]}
                """);
        AnalyticsViews.Bar bar = in("en").detection(stats.path("detection"), stats.path("detectionByLanguage"));

        assertThat(bar.rows()).extracting(AnalyticsViews.Row::label).containsExactly(
                "Stalking",
                "Stalking — calls in English",
                "Stalking — calls in Dutch",
                "Abusive language",
                "Abusive language — calls in an unknown language");
        assertThat(bar.rows()).extracting(r -> r.cells().stream().map(AnalyticsViews.Cell::value).toList())
                .containsExactly(List.of("5", "3", "1", "75 %"), List.of("2", "2", "0", "100 %"),
                        List.of("3", "1", "1", "50 %"), List.of("1", "0", "0", "none yet"),
                        List.of("1", "0", "0", "none yet"));
        JsonNode chart = JSON.readTree(bar.data());
        assertThat(chart.path("labels")).as("one bar per rule").hasSize(2);
        assertThat(chart.path("datasets").get(0).path("data").toString()).isEqualTo("[75,0]");

        assertThat(in("nl").detection(stats.path("detection"), stats.path("detectionByLanguage")).rows())
                .extracting(AnalyticsViews.Row::label).contains("Stalking — gesprekken in het Engels",
                        "Beledigende taal — gesprekken in een onbekende taal");
        assertThat(in("ja").detection(stats.path("detection"), stats.path("detectionByLanguage")).rows())
                .extracting(AnalyticsViews.Row::label).contains("つきまとい — オランダ語の通話");
    }

    @Test
    void a_service_that_sends_no_language_rows_still_shows_the_rules() throws Exception {
        JsonNode rules = JSON.readTree("""
                [{"rule": "stalking", "suggestions": 1, "confirmed": 1, "dismissed": 0, "open": 0, "confirmRate": 1.0}]
                """);
        AnalyticsViews.Bar bar = in("en").detection(rules, JSON.missingNode());
        assertThat(bar.rows()).extracting(AnalyticsViews.Row::label).containsExactly("Stalking");
    }
}
