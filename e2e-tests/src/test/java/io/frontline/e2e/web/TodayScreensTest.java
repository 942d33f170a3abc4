package io.frontline.e2e.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Page;
import io.frontline.e2e.web.pages.MeasurePage;
import io.frontline.e2e.web.pages.Pages;
import io.frontline.e2e.web.pages.SignInPage;
import io.frontline.e2e.web.pages.TodayPage;
import io.frontline.localstack.demo.StackClient;
import io.frontline.platform.security.IdentifierKind;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Today, the manager's home, in real headless Chromium on the running stack: a critical incident's escalation and a
 * ban awaiting her approval are at the top of the site manager's day, each with its age and a link to act; HQ safety,
 * who confirmed the incident, is not asked to approve its ban; a manager of another site sees none of it.
 */
class TodayScreensTest extends BrowserStory {
    private static final Duration EVENTUAL = Duration.ofSeconds(60);
    private static final String EMPLOYEE = "emma.staff";
    private static final String MANAGER = "sanne.manager";
    private static final String HQ = "henk.hq";
    private static final String OTHER_SITES_MANAGER = "bram.manager";

    @Test
    void the_site_managers_day_starts_with_the_critical_escalation_and_the_ban_awaiting_her_while_another_site_sees_none() {
        // An employee in danger now: a critical incident, escalated to the site manager at once.
        JsonNode danger = report("Klant bedreigt de kassamedewerker met een mes bij de uitgang.", null, true);
        String reference = danger.path("reference").asText();
        String hqToken = stack.userToken(HQ);
        JsonNode escalation = StackClient.await(EVENTUAL, "the escalation of " + reference, () -> {
            JsonNode page = stack.get("notification-service", "/api/escalations?reference=" + reference, hqToken)
                    .expect(200).body();
            return page.path("items").size() == 0 ? Optional.empty() : Optional.of(page.path("items").get(0));
        });
        assertThat(escalation.path("severity").asText()).isEqualTo("critical");

        // A threat by a named customer, confirmed by HQ safety: the ladder proposes a ban that awaits the site manager.
        String phone = "+3162" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
        JsonNode threat = report("Klant dreigde de caissière op te wachten na sluitingstijd.", phone, false);
        String base = "/api/incidents/" + threat.path("id").asText();
        stack.post("incident-service", base + "/triage", hqToken, Map.of()).expect(200);
        stack.post("incident-service", base + "/investigation", hqToken, Map.of()).expect(200);
        stack.post("incident-service", base + "/confirmation", hqToken,
                Map.of("note", "Camerabeelden bekeken; de dreiging is bevestigd.")).expect(200);
        String subjectKey = stack.subjectKey(IdentifierKind.PHONE, phone);
        String measureId = StackClient.await(EVENTUAL, "the ladder's proposal for " + threat.path("reference").asText(),
                () -> {
                    JsonNode measures = stack.get("sanction-service", "/api/measures?subjectKey=" + subjectKey, hqToken)
                            .expect(200).body();
                    return measures.size() == 0 ? Optional.empty() : Optional.of(measures.get(0).path("id").asText());
                });

        // The site manager: home, Today as the first card, the escalation and the ban at the top.
        Page sanne = patient(browser.phone("nl-NL"));
        sanne.navigate(web + "/home");
        new SignInPage(sanne).signIn(MANAGER, StackClient.DEMO_PASSWORD);
        sanne.waitForURL("**/home");
        long begin = System.nanoTime();
        TodayPage today = TodayPage.fromHome(sanne);
        System.out.printf("FIGURE today page: from the home card to the page with %d sections in %d ms%n",
                today.sections().size(), (System.nanoTime() - begin) / 1_000_000);
        assertThat(today.sections()).as("sections, most urgent first").startsWith("escalations");
        assertThat(today.sections()).contains("approvals", "care-tasks", "complaints", "suggestions");
        assertThat(today.sections()).allSatisfy(s -> assertThat(today.failed(s)).as("%s loaded", s).isFalse());
        assertThat(today.links("escalations")).contains("/escalations/" + escalation.path("id").asText());
        assertThat(today.urgencies("escalations").get(0)).as("a critical escalation leads").isEqualTo("now");
        assertThat(today.lines("escalations")).anyMatch(line -> line.contains(reference) && line.contains("kritiek")
                && line.contains("wacht al"));
        assertThat(today.links("approvals")).contains("/measures/" + measureId);
        Checks.pageHolds(sanne, "nl-today");
        Pages.chooseLanguage(sanne, "ja");
        sanne.waitForSelector("html[lang='ja']");
        assertThat(Pages.heading(sanne)).isEqualTo("今日");
        assertThat(TodayPage.shown(sanne).links("approvals")).contains("/measures/" + measureId);
        Checks.pageHolds(sanne, "ja-today");
        Pages.chooseLanguage(sanne, "nl");

        // The line takes her where she acts: the ban, with the approve button (she did not confirm the incident).
        TodayPage.shown(sanne).act("approvals", "/measures/" + measureId);
        assertThat(MeasurePage.shown(sanne).offersApproval()).isTrue();

        // HQ safety confirmed the incident: its ban is not waiting for his approval.
        Page henk = patient(browser.desktop("en-GB"));
        henk.navigate(web + "/today");
        new SignInPage(henk).signIn(HQ, StackClient.DEMO_PASSWORD);
        henk.waitForURL("**/today");
        TodayPage his = TodayPage.shown(henk);
        assertThat(his.links("approvals")).doesNotContain("/measures/" + measureId);
        assertThat(his.links("escalations")).contains("/escalations/" + escalation.path("id").asText());
        Checks.pageHolds(henk, "en-today-hq");

        // A manager of another site: nothing of it.
        Page bram = patient(browser.desktop("nl-NL"));
        bram.navigate(web + "/today");
        new SignInPage(bram).signIn(OTHER_SITES_MANAGER, StackClient.DEMO_PASSWORD);
        bram.waitForURL("**/today");
        TodayPage theirs = TodayPage.shown(bram);
        assertThat(String.join("\n", theirs.lines("escalations"))).doesNotContain(reference);
        assertThat(theirs.links("approvals")).doesNotContain("/measures/" + measureId);
    }

    @Test
    void an_employee_is_not_shown_the_managers_day() {
        Page emma = patient(browser.phone("nl-NL"));
        emma.navigate(web + "/home");
        new SignInPage(emma).signIn(EMPLOYEE, StackClient.DEMO_PASSWORD);
        emma.waitForURL("**/home");
        assertThat(emma.locator("#go-today").count()).isZero();
        // (the page's own session; a refusal by role has no page of its own, as elsewhere in the web)
        assertThat(emma.request().get(web + "/today").status()).isEqualTo(403);
    }

    /** Signing in goes through Keycloak; on a machine shared with other builds that can take longer than 20 s. */
    private static Page patient(Page page) {
        page.setDefaultTimeout(60_000);
        page.setDefaultNavigationTimeout(60_000);
        return page;
    }

    /** emma.staff reports a threat at Amsterdam Centrum through the API; the customer named by phone when given. */
    private static JsonNode report(String description, String phone, boolean danger) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("site", "ams-centrum");
        body.put("types", List.of("threat"));
        body.put("description", description);
        body.put("immediateDanger", danger);
        if (phone != null) {
            body.put("perpetrator", Map.of("identifierKind", "phone", "identifier", phone,
                    "description", "Man, rond de veertig, blauwe jas"));
        }
        return stack.post("incident-service", "/api/incidents", stack.userToken(EMPLOYEE), body).expect(201).body();
    }
}
