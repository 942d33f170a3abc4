package io.frontline.e2e.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import io.frontline.e2e.web.pages.Pages;
import io.frontline.e2e.web.pages.SignInPage;
import io.frontline.localstack.demo.StackClient;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The incident screens of issue 13 in real headless Chromium against the running stack: a manager takes an
 * employee's report through triage, investigation and confirmation on the pages — the confirmation refused until
 * the rule of seed 000 is met — while the manager of another site finds nothing of it; the employee sees the care
 * planned for her.
 */
class IncidentScreensTest extends BrowserStory {
    private static final String EMPLOYEE = "emma.staff";
    private static final String MANAGER = "sanne.manager";
    private static final String OTHER_SITES_MANAGER = "bram.manager";

    @Test
    void a_manager_confirms_an_employees_report_through_the_pages_and_the_manager_of_another_site_finds_nothing_of_it() {
        JsonNode reported = stack.post("incident-service", "/api/incidents", stack.userToken(EMPLOYEE),
                Map.of("site", "ams-centrum", "types", List.of("threat"),
                        "description", "Klant dreigde de medewerker bij de uitgang op te wachten.")).expect(201).body();
        String id = reported.path("id").asText();
        String reference = reported.path("reference").asText();

        Page page = browser.desktop("nl-NL");
        page.navigate(web + "/incidents");
        new SignInPage(page).signIn(MANAGER, StackClient.DEMO_PASSWORD);
        page.waitForURL("**/incidents");
        QueuePage queue = new QueuePage(page);
        assertThat(queue.references()).as("the newest report of her site first").contains(reference);
        Checks.pageHolds(page, "nl-incidents-queue");

        IncidentPage incident = queue.open(reference);
        assertThat(incident.status()).isEqualTo("reported");
        Checks.pageHolds(page, "nl-incident-reported");

        incident.step("triage", null);
        assertThat(incident.status()).isEqualTo("triaged");
        assertThat(incident.done()).isEqualTo("Het incident is beoordeeld.");
        incident.step("investigation", null);
        assertThat(incident.status()).isEqualTo("under-investigation");

        incident.step("confirmation", null);
        assertThat(incident.status()).as("no independent statement and no reason: refused").isEqualTo("under-investigation");
        assertThat(incident.refusal()).contains("Bevestigen vraagt een verklaring van een getuige of een niet-betrokkene");
        Checks.pageHolds(page, "nl-incident-confirmation-refused");

        Pages.chooseLanguage(page, "ja");
        incident.step("confirmation", null);
        assertThat(incident.refusal()).as("the rule in the reader's language").contains("第三者の供述が必要です");
        Checks.pageHolds(page, "ja-incident-confirmation-refused");

        incident.step("confirmation", "目撃者はいませんでした。防犯カメラの映像で脅しを確認しました。");
        assertThat(incident.status()).isEqualTo("confirmed");
        assertThat(incident.text()).contains("目撃者はいませんでした", "事実と認定");
        Checks.pageHolds(page, "ja-incident-confirmed");

        JsonNode confirmed = stack.get("incident-service", "/api/incidents/" + id, stack.userToken(MANAGER))
                .expect(200).body();
        assertThat(confirmed.path("status").asText()).isEqualTo("confirmed");
        assertThat(confirmed.path("decidedBy").asText()).isEqualTo(MANAGER);

        Page other = browser.phone("nl-NL");
        other.navigate(web + "/incidents?site=ams-centrum");
        new SignInPage(other).signIn(OTHER_SITES_MANAGER, StackClient.DEMO_PASSWORD);
        other.waitForURL("**/incidents**");
        assertThat(new QueuePage(other).references()).as("asking for Amsterdam's incidents").isEmpty();
        other.navigate(web + "/incidents");
        assertThat(new QueuePage(other).references()).doesNotContain(reference);
        Checks.pageHolds(other, "nl-incidents-queue-other-site");
        Response answer = other.navigate(web + "/incidents/" + id);
        assertThat(answer.status()).isEqualTo(404);
        assertThat(other.content()).doesNotContain(reference, "uitgang op te wachten");
        Checks.pageHolds(other, "nl-incident-of-another-site");

        Page employee = browser.phone("nl-NL");
        employee.navigate(web + "/incidents/my-care");
        new SignInPage(employee).signIn(EMPLOYEE, StackClient.DEMO_PASSWORD);
        employee.waitForURL("**/incidents/my-care");
        assertThat(employee.locator("#my-care li[data-reference='" + reference + "']").count())
                .as("the care plan of her report").isGreaterThanOrEqualTo(4);
        Checks.pageHolds(employee, "nl-my-care");
    }

    /** The incidents queue. */
    static final class QueuePage {
        private final Page page;

        QueuePage(Page page) {
            this.page = page;
        }

        List<String> references() {
            return page.locator("#incidents li.incident-line").all().stream()
                    .map(l -> l.getAttribute("data-reference")).toList();
        }

        IncidentPage open(String reference) {
            page.locator("li.incident-line[data-reference='" + reference + "'] a").first().click();
            page.waitForLoadState();
            return new IncidentPage(page);
        }
    }

    /** The incident page: its status, the workflow's steps and what the service answered to the last one. */
    static final class IncidentPage {
        private final Page page;

        IncidentPage(Page page) {
            this.page = page;
        }

        String status() {
            return page.locator("#status").getAttribute("data-status");
        }

        void step(String action, String note) {
            Locator form = page.locator("#step-" + action);
            if (note != null) {
                form.locator("textarea[name='note']").fill(note);
            }
            form.locator("button[type='submit']").click();
            page.waitForLoadState();
        }

        String done() {
            return page.locator("#done").innerText();
        }

        String refusal() {
            return page.locator("#refusal").innerText();
        }

        String text() {
            return page.locator("main").innerText();
        }
    }
}
