package io.frontline.web.analytics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.frontline.platform.domain.Organisation;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14: the dashboard's complaint chart shows complaint-service's figures per site as it answers them — already
 * narrowed by it to the page's site or region — with the complaints overdue now beside those answered within term.
 */
@QuarkusTest
class ComplaintFiguresTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    Organisation organisation;

    @Test
    void each_site_complaint_service_answers_is_a_row_with_its_overdue_complaints() throws Exception {
        JsonNode stats = JSON.readTree("""
                {"sites": ["ams-centrum", "utr-centraal"], "groups": [
                  {"key": "ams-centrum", "received": 7, "count": 7, "resolved": 4, "withinTerm": 3, "overdue": 2,
                   "shareResolvedWithinTerm": 0.75},
                  {"key": "utr-centraal", "received": 1, "count": 1, "resolved": 0, "withinTerm": 0, "overdue": 0,
                   "shareResolvedWithinTerm": null}]}
                """);
        AnalyticsViews.Bar bar = new AnalyticsViews(AnalyticsViews.in("en"), organisation, JSON, Locale.ENGLISH)
                .complaints(stats);

        assertThat(bar.columns()).containsExactly("Received", "Resolved", "Within term", "Overdue now");
        assertThat(bar.rows()).extracting(r -> r.cells().stream().map(AnalyticsViews.Cell::value).toList())
                .containsExactly(List.of("7", "4", "75 %", "2"), List.of("1", "0", "none yet", "0"));
        assertThat(bar.rows()).extracting(AnalyticsViews.Row::label)
                .containsExactly(organisation.findSite("ams-centrum").orElseThrow().name(),
                        organisation.findSite("utr-centraal").orElseThrow().name());
        assertThat(new AnalyticsViews(AnalyticsViews.in("ja"), organisation, JSON, Locale.JAPANESE).complaints(stats)
                .columns()).contains("現在期限超過");
    }
}
