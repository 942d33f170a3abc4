package io.frontline.e2e.web;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import io.frontline.e2e.web.pages.Pages;
import io.frontline.e2e.web.pages.SignInPage;
import io.frontline.localstack.demo.StackClient;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The confidential counsellor's screens (seed 004, issues 14 and 19) in headless Chromium on the running stack: the
 * counsellor records a first report for an employee with an account and an anonymous one; the employee gives her
 * consent to an investigation on her own page; the counsellor records an action on it; the employee withdraws, and
 * the next action is refused in the page. Another person opening the note's address gets a 404 page with nothing of
 * the note, and HQ safety finds that refused read in the trail.
 */
class CounsellorScreensTest extends BrowserStory {
    private static final String COUNSELLOR = "carla.counsellor";
    private static final String EMPLOYEE = "emma.staff";
    private static final String MANAGER = "sanne.manager";
    private static final String HQ = "henk.hq";

    @Test
    void consent_is_the_employees_the_counsellor_acts_only_while_it_holds_and_every_read_of_a_note_is_on_the_trail() {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String secret = "Emma vertelt over opmerkingen van een collega in de kantine " + marker;

        // The counsellor records a first report for Emma, who has an account.
        Page carla = signedIn(browser.desktop("nl-NL"), COUNSELLOR, "/home");
        carla.locator("#go-counsel-notes").click();
        carla.waitForURL("**/counsel");
        Checks.pageHolds(carla, "nl-counsel-notes");
        carla.locator("#new-note").click();
        carla.waitForURL("**/counsel/new");
        carla.locator("#kind-account").check();
        carla.fill("#reporter", EMPLOYEE);
        carla.fill("#text", secret);
        Checks.pageHolds(carla, "nl-counsel-new");
        carla.locator("#write-note").click();
        carla.waitForURL("**/counsel/notes/*?done=written");
        String address = carla.url().replaceAll("\\?.*", "");
        String noteId = address.substring(address.lastIndexOf('/') + 1);
        assertThat(carla.locator("#note-text").innerText()).isEqualTo(secret);
        assertThat(carla.locator("#consent-by-employee").isVisible()).as("the employee gives consent herself").isTrue();
        assertThat(carla.locator("#consent-form").count()).as("no consent form for a reporter with an account").isZero();
        Checks.pageHolds(carla, "nl-counsel-note");

        // ... and an anonymous one: there she records the consent herself, with how it was given.
        carla.navigate(web + "/counsel/new");
        carla.locator("#kind-anonymous").check();
        carla.fill("#text", "Anonieme melder over pesten in het magazijn " + marker);
        carla.locator("#write-note").click();
        carla.waitForURL("**/counsel/notes/*?done=written");
        assertThat(carla.locator("#consent-form").isVisible()).isTrue();
        assertThat(carla.locator("#complaint-needs-consent").innerText()).contains("anoniem");
        Checks.pageHolds(carla, "nl-counsel-note-anonymous");

        // Emma gives her consent to an investigation on her own page, where each purpose is explained.
        Page emma = signedIn(browser.phone("nl-NL"), EMPLOYEE, "/home");
        emma.locator("#go-my-counsellor-notes").click();
        emma.waitForURL("**/counsel/mine");
        assertThat(emma.content()).doesNotContain(secret);
        emma.locator("#give-investigate-" + noteId).click();
        emma.waitForURL("**/counsel/mine?done=given");
        assertThat(emma.locator("[data-id='" + noteId + "'] li[data-purpose='investigate'][data-in-force='true']")
                .count()).isEqualTo(1);
        Checks.pageHolds(emma, "nl-counsel-mine");
        Pages.chooseLanguage(emma, "ja");
        assertThat(Pages.heading(emma)).isEqualTo("相談員との相談");
        Checks.pageHolds(emma, "ja-counsel-mine");
        Pages.chooseLanguage(emma, "nl");

        // The counsellor records an action on that consent.
        carla.navigate(address);
        carla.selectOption("#action-purpose", "investigate");
        carla.fill("#action-description", "Gesprek met de vestigingsmanager over de kantine");
        carla.locator("#take-action").click();
        carla.waitForURL("**/counsel/notes/" + noteId + "?done=action");
        assertThat(carla.locator("#actions li").count()).isEqualTo(1);
        assertThat(carla.locator("#consents li[data-purpose='investigate'][data-in-force='true']").count()).isEqualTo(1);
        Checks.pageHolds(carla, "nl-counsel-note-action");

        // Emma withdraws; the counsellor's next action is refused in the page, and nothing is added.
        emma.navigate(web + "/counsel/mine");
        emma.locator("#withdraw-investigate-" + noteId).click();
        emma.waitForURL("**/counsel/mine?done=withdrawn");
        assertThat(emma.locator("[data-id='" + noteId + "'] li[data-purpose='investigate'][data-in-force='false']")
                .count()).isEqualTo(1);
        carla.navigate(address);
        carla.selectOption("#action-purpose", "investigate");
        carla.fill("#action-description", "Tweede gesprek");
        carla.locator("#take-action").click();
        carla.waitForSelector("#action-purpose-error");
        assertThat(carla.locator("#action-purpose-error").innerText()).contains("Geweigerd", "Onderzoek");
        assertThat(carla.locator("#actions li").count()).isEqualTo(1);
        Checks.pageHolds(carla, "nl-counsel-action-refused");
        carla.navigate(address);
        Pages.chooseLanguage(carla, "ja");
        assertThat(Pages.heading(carla)).isEqualTo("相談員の記録");
        Checks.pageHolds(carla, "ja-counsel-note");
        carla.navigate(web + "/counsel");
        assertThat(carla.locator("#notes li[data-id='" + noteId + "']").innerText()).contains(EMPLOYEE);
        Checks.pageHolds(carla, "ja-counsel-notes");
        Pages.chooseLanguage(carla, "nl");

        // Another person opening the note's address gets a 404 page with nothing of the note.
        Page sanne = signedIn(browser.phone("nl-NL"), MANAGER, "/home");
        Response refused = sanne.navigate(address);
        assertThat(refused.status()).isEqualTo(404);
        assertThat(sanne.content()).doesNotContain(marker);
        Checks.pageHolds(sanne, "nl-counsel-note-refused");

        // HQ safety finds that refused read in the trail (and never the note).
        Page henk = signedIn(browser.desktop("nl-NL"), HQ, "/home");
        henk.locator("#go-counsel-reads").click();
        henk.waitForURL("**/counsel/reads");
        assertThat(henk.locator("#reads tr[data-note='" + noteId + "'][data-reader='" + MANAGER
                + "'][data-granted='false']").count()).isGreaterThanOrEqualTo(1);
        assertThat(henk.locator("#reads tr[data-note='" + noteId + "'][data-reader='" + COUNSELLOR
                + "'][data-granted='true']").count()).isGreaterThanOrEqualTo(1);
        assertThat(henk.content()).doesNotContain(marker);
        Checks.pageHolds(henk, "nl-counsel-reads");
        Pages.chooseLanguage(henk, "ja");
        Checks.pageHolds(henk, "ja-counsel-reads");

        // With Emma's consent to a formal complaint, the counsellor files one from the note: it is Emma's case on the
        // procedure's pages, where the committee, HR and the parties take it on (ProcedureScreensTest).
        emma.navigate(web + "/counsel/mine");
        emma.locator("#give-formal-complaint-" + noteId).click();
        emma.waitForURL("**/counsel/mine?done=given");
        carla.navigate(address);
        carla.fill("#accused", "daan.staff");
        carla.fill("#complaint", "Daan maakt opmerkingen over haar in de kantine " + marker);
        carla.locator("#file-complaint").click();
        carla.waitForURL("**/counsel/notes/" + noteId + "?done=filed*");
        String reference = java.net.URLDecoder.decode(carla.url().replaceAll(".*[?&]done=", ""),
                java.nio.charset.StandardCharsets.UTF_8).replaceFirst("^filed:", "");
        assertThat(reference).startsWith("UB-");
        assertThat(carla.locator("#done").innerText()).contains(reference);
        Checks.pageHolds(carla, "nl-counsel-complaint-filed");
        emma.navigate(web + "/formal-complaints");
        assertThat(emma.locator("#procedure-cases li[data-reference='" + reference + "']").count())
                .as("the case the counsellor filed is the employee's").isEqualTo(1);

        // The counsellor's list and the trail are not an employee's; the web answers with an empty 403.
        assertThat(emma.request().get(web + "/counsel").status()).isEqualTo(403);
        assertThat(emma.request().get(web + "/counsel/reads").status()).isEqualTo(403);
    }

    private static Page signedIn(Page page, String user, String path) {
        page.setDefaultTimeout(60_000);
        page.setDefaultNavigationTimeout(60_000);
        page.navigate(web + path);
        new SignInPage(page).signIn(user, StackClient.DEMO_PASSWORD);
        page.waitForURL("**" + path.replaceAll("\\?.*", "") + "**");
        return page;
    }
}
