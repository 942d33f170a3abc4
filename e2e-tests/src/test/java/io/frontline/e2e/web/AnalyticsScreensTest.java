package io.frontline.e2e.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import io.frontline.e2e.web.pages.Pages;
import io.frontline.e2e.web.pages.SignInPage;
import io.frontline.localstack.demo.StackClient;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Safety analytics (issue 14) in real headless Chromium against the running stack: HQ safety reads the chain's
 * dashboard — its charts show exactly the numbers incident-service gives — drills from a heat-map cell to exactly the
 * incidents it counts and downloads them as CSV; a site manager sees only her site, and another site's CSV is refused.
 */
class AnalyticsScreensTest extends BrowserStory {
    private static final String EMPLOYEE = "emma.staff";
    private static final String HQ = "henk.hq";
    private static final String MANAGER = "sanne.manager";
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private static JsonNode report(String types) {
        return stack.post("incident-service", "/api/incidents", stack.userToken(EMPLOYEE),
                Map.of("site", "ams-centrum", "types", List.of(types),
                        "description", "Klant schold de medewerker uit bij de kassa.")).expect(201).body();
    }

    private static JsonNode stats(String user, String query) {
        return stack.get("incident-service", "/api/incidents/stats?" + query, stack.userToken(user)).expect(200).body();
    }

    @Test
    void hq_safety_reads_the_chain_dashboard_drills_from_a_heat_map_cell_to_exactly_its_incidents_and_exports_them() {
        JsonNode one = report("verbal-abuse");
        JsonNode two = report("threat");
        String first = one.path("reference").asText();
        ZonedDateTime now = Instant.parse(one.path("occurredAt").asText()).atZone(AMSTERDAM);
        boolean sameHour = Instant.parse(two.path("occurredAt").asText()).atZone(AMSTERDAM).getHour() == now.getHour();
        String second = sameHour ? two.path("reference").asText() : first;

        Page page = browser.desktop("en-US");
        page.navigate(web + "/analytics");
        new SignInPage(page).signIn(HQ, StackClient.DEMO_PASSWORD);
        page.waitForURL("**/analytics/chain**");
        page.waitForSelector("#weekly-canvas[data-drawn='true']");
        String from = page.locator("#p-from").inputValue();
        String to = page.locator("#p-to").inputValue();
        JsonNode figures = stats(HQ, "from=" + from + "&to=" + to + "&groupBy=type");

        assertThat(page.locator("[data-figure='reported']").innerText())
                .isEqualTo(figures.path("headline").path("reported").asText());
        assertThat(page.locator("[data-figure='confirmed']").innerText())
                .isEqualTo(figures.path("headline").path("confirmed").asText());

        // The chart draws the endpoint's numbers: the weekly bars per severity, week by week.
        List<List<Long>> expected = new ArrayList<>();
        for (String severity : List.of("low", "medium", "high", "critical")) {
            List<Long> weeks = new ArrayList<>();
            figures.path("weeklyBySeverity").forEach(w -> weeks.add(w.path(severity).asLong()));
            expected.add(weeks);
        }
        @SuppressWarnings("unchecked")
        List<List<Number>> drawn = (List<List<Number>>) page.evaluate(
                "() => document.getElementById('weekly-canvas').chart.data.datasets.map(d => d.data)");
        assertThat(drawn.stream().map(l -> l.stream().map(Number::longValue).toList()).toList())
                .isEqualTo(expected);
        @SuppressWarnings("unchecked")
        List<Number> types = (List<Number>) page.evaluate(
                "() => document.getElementById('by-type-canvas').chart.data.datasets[0].data");
        List<Long> reportedByType = new ArrayList<>();
        figures.path("groups").forEach(g -> reportedByType.add(g.path("reported").asLong()));
        assertThat(types.stream().map(Number::longValue).toList()).isEqualTo(reportedByType);
        Checks.pageHolds(page, "en-analytics-chain");

        // The heat-map cell of this hour at Amsterdam holds the new reports.
        int weekday = now.getDayOfWeek().getValue();
        int hour = now.getHour();
        long counted = 0;
        for (JsonNode cell : figures.path("heatMap")) {
            if (cell.path("site").asText().equals("ams-centrum") && cell.path("weekday").asInt() == weekday
                    && cell.path("hour").asInt() == hour) {
                counted = cell.path("count").asLong();
            }
        }
        assertThat(counted).isGreaterThanOrEqualTo(sameHour ? 2 : 1);
        Locator cell = page.locator("#heat-ams-centrum a[data-weekday='" + weekday + "'][data-hour='" + hour + "']");
        assertThat(cell.innerText()).isEqualTo(Long.toString(counted));
        cell.click();
        page.waitForURL("**/incidents?**");
        List<String> listed = page.locator("#incidents li.incident-line").all().stream()
                .map(l -> l.getAttribute("data-reference")).toList();
        assertThat(listed).as("exactly the incidents the cell counts").hasSize((int) counted).contains(first, second);
        JsonNode drill = stack.get("incident-service", "/api/incidents?site=ams-centrum&dates=reported&from="
                + figures.path("drillDown").path("from").asText() + "&to=" + figures.path("drillDown").path("to").asText()
                + "&weekday=" + weekday + "&hour=" + hour + "&limit=200", stack.userToken(HQ)).expect(200).body();
        List<String> viaApi = new ArrayList<>();
        drill.path("items").forEach(i -> viaApi.add(i.path("reference").asText()));
        assertThat(listed).containsExactlyElementsOf(viaApi);
        Checks.pageHolds(page, "en-analytics-drill-down");

        String exportHref = page.locator("#export-incidents").getAttribute("href");
        APIResponse csv = page.request().get(web + exportHref);
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.headers().get("content-type")).startsWith("text/csv");
        String[] lines = csv.text().split("\r\n");
        assertThat(lines[0]).startsWith("reference,site,types");
        assertThat(Arrays.stream(lines).skip(1).map(l -> l.split(",")[0]).toList())
                .containsExactlyInAnyOrderElementsOf(listed);

        APIResponse chart = page.request().get(web + "/analytics/export/chart/heat-map?from=" + from + "&to=" + to);
        assertThat(chart.status()).isEqualTo(200);
        assertThat(chart.text()).startsWith("site,weekday,hour,incidents")
                .contains("ams-centrum," + weekday + "," + hour + "," + counted);

        APIResponse escalations = page.request().get(web + "/analytics/export/chart/escalations?from=" + from
                + "&to=" + to);
        assertThat(escalations.status()).isEqualTo(200);
        assertThat(escalations.text()).startsWith("escalations,");

        page.navigate(web + "/analytics/chain");
        Pages.chooseLanguage(page, "nl");
        page.waitForSelector("#weekly-canvas[data-drawn='true']");
        Checks.pageHolds(page, "nl-analytics-chain");
        Pages.chooseLanguage(page, "ja");
        page.waitForSelector("#weekly-canvas[data-drawn='true']");
        Checks.pageHolds(page, "ja-analytics-chain");
    }

    @Test
    void a_site_manager_sees_only_her_sites_figures_and_another_sites_csv_is_refused() {
        report("verbal-abuse");
        Page page = browser.phone("nl-NL");
        page.navigate(web + "/analytics");
        new SignInPage(page).signIn(MANAGER, StackClient.DEMO_PASSWORD);
        page.waitForURL("**/analytics/site/ams-centrum**");
        String from = page.locator("#p-from").inputValue();
        String to = page.locator("#p-to").inputValue();
        JsonNode figures = stats(MANAGER, "from=" + from + "&to=" + to);
        assertThat(figures.path("sites").toString()).isEqualTo("[\"ams-centrum\"]");
        assertThat(page.locator("[data-figure='reported']").innerText())
                .isEqualTo(figures.path("headline").path("reported").asText());
        assertThat(page.locator("table.heat-map").all().stream().map(t -> t.getAttribute("data-site")).toList())
                .containsOnly("ams-centrum");
        Checks.pageHolds(page, "nl-analytics-site");

        Response other = page.navigate(web + "/analytics/site/utr-centraal");
        assertThat(other.status()).isEqualTo(403);
        assertThat(page.locator("#figures").count()).isZero();
        Checks.accessible(page, "nl-analytics-other-site");

        assertThat(page.request().get(web + "/analytics/export/chart/heat-map?site=utr-centraal&from=" + from
                + "&to=" + to).status()).as("another site's chart as CSV").isEqualTo(403);
        assertThat(page.request().get(web + "/analytics/export/incidents?site=utr-centraal").status())
                .as("another site's incidents as CSV").isEqualTo(403);
        assertThat(page.request().get(web + "/analytics/export/chart/ladder?site=utr-centraal").status())
                .as("another site's ladder outcomes as CSV (sanction-service's scope)").isEqualTo(403);
        assertThat(page.request().get(web + "/analytics/export/chart/complaints?site=utr-centraal").status())
                .as("another site's complaints as CSV").isEqualTo(403);
        assertThat(page.request().get(web + "/analytics/export/chart/heat-map?from=" + from + "&to=" + to).text())
                .doesNotContain("utr-centraal");
    }
}
