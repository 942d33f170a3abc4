package io.frontline.e2e.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Page;
import io.frontline.e2e.web.pages.Pages;
import io.frontline.e2e.web.pages.SignInPage;
import io.frontline.localstack.demo.StackClient;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The internal procedure on unwanted behaviour (seed 004) through the pages, in headless Chromium on the running
 * stack: one formal complaint from its filing by an employee, through the committee's hearings, the accused's
 * position, three votes and the report, to HR's decision (departing from the advice: the page says reasons are
 * needed before it is sent, and shows the service's refusal without them) and an objection with HR's answer —
 * everyone signed in as themselves. On the same case each role sees what the service gives them and not more:
 * the accused never the complainant's hearing record nor the votes, HR never the votes, a colleague nothing.
 */
class ProcedureScreensTest extends BrowserStory {
    private static final String SERVICE = "incident-service";
    private static final String COMPLAINANT = "emma.staff";
    private static final String ACCUSED = "daan.staff";
    private static final String KEES = "kees.committee";
    private static final String INGRID = "ingrid.committee";
    private static final String OMAR = "omar.committee";
    private static final String HR = "hanna.hr";

    @Test
    void one_formal_complaint_from_filing_to_decision_and_objection_each_role_seeing_only_its_part() {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String emmasRecord = "Emma vertelt over de opmerkingen in de kantine " + marker;
        String daansRecord = "Daan ontkent de opmerkingen " + marker;

        // The complainant files from her home card, on her phone.
        Page emma = signedIn(browser.phone("nl-NL"), COMPLAINANT, "/home");
        emma.locator("#go-my-formal-complaints").click();
        emma.waitForURL("**/formal-complaints");
        Checks.pageHolds(emma, "nl-procedure-mine");
        emma.locator("#file-new").click();
        emma.waitForURL("**/formal-complaints/new");
        // a complaint naming a committee member: that member cannot sit on it, the service refuses, the page says so
        emma.fill("#accused", KEES);
        emma.fill("#complaint", "Hij negeert mij stelselmatig " + marker);
        emma.locator("#file-submit").click();
        assertThat(emma.locator("#refused").innerText()).contains("Een commissielid kan niet oordelen", "cannot sit");
        assertThat(emma.locator("#complaint").inputValue()).as("what she typed is kept").contains(marker);
        Checks.pageHolds(emma, "nl-procedure-file-refused");
        emma.fill("#accused", ACCUSED);
        emma.fill("#complaint", "Daan maakt seksueel getinte opmerkingen tegen mij in de kantine " + marker);
        emma.locator("#file-submit").click();
        emma.waitForURL("**/formal-complaints/*?done=filed");
        String id = emma.url().replaceAll(".*/formal-complaints/([0-9a-f-]+).*", "$1");
        assertThat(emma.locator("#read-as").getAttribute("data-read-as")).isEqualTo("complainant");
        assertThat(emma.locator("#terms li[data-term='hearings'] .standing").innerText()).startsWith("nog ");
        assertThat(emma.locator("#terms li[data-term='report'] .standing").innerText()).startsWith("nog ");
        Checks.pageHolds(emma, "nl-procedure-filed");

        // A committee member finds it among the committee's cases and hears each side separately.
        Page kees = signedIn(browser.desktop("nl-NL"), KEES, "/home");
        kees.locator("#go-formal-complaints").click();
        kees.waitForURL("**/formal-complaints");
        assertThat(kees.locator("#procedure-cases li[data-id='" + id + "']").count()).isEqualTo(1);
        Checks.pageHolds(kees, "nl-procedure-committee-cases");
        kees.locator("#procedure-cases li[data-id='" + id + "'] a").click();
        kees.waitForURL("**/formal-complaints/" + id);
        kees.fill("#heard", COMPLAINANT);
        kees.fill("#record", emmasRecord);
        submit(kees, "#hearing-submit", "hearings");
        kees.fill("#heard", ACCUSED);
        kees.fill("#record", daansRecord);
        kees.fill("#refusedBy", ACCUSED);
        kees.fill("#refusalReason", "Mijn woorden zijn niet juist weergegeven");
        submit(kees, "#hearing-submit", "hearings");
        assertThat(kees.locator("#hearings").innerText()).contains(emmasRecord, daansRecord,
                "Mijn woorden zijn niet juist weergegeven");
        assertThat(kees.locator("#terms li[data-term='hearings']").getAttribute("data-state")).isEqualTo("met");
        kees.fill("#expertise", "Arbeidspsycholoog");
        submit(kees, "#expert-submit", "experts");
        kees.selectOption("#measure", "separate-shifts");
        kees.fill("#measure-reason", "Tot het oordeel niet samen ingeroosterd");
        submit(kees, "#measure-submit", "interim-measures");
        kees.selectOption("#vote-finding", "founded");
        submit(kees, "#vote-submit", "votes");
        Checks.pageHolds(kees, "nl-procedure-committee-case");

        // The accused states his position and names an adviser; he sees his own hearing, not hers, and no votes.
        Page daan = signedIn(browser.desktop("nl-NL"), ACCUSED, "/formal-complaints/" + id);
        assertThat(daan.locator("#read-as").getAttribute("data-read-as")).isEqualTo("accused");
        assertThat(daan.content()).contains(daansRecord).doesNotContain(emmasRecord);
        assertThat(daan.locator("#votes").count()).isZero();
        assertThat(daan.locator("#hearing-form").count()).isZero();
        assertThat(daan.locator("#decision-form").count()).isZero();
        daan.fill("#position-text", "Ik heb nooit zulke opmerkingen gemaakt " + marker);
        submit(daan, "#position-submit", "positions");
        daan.fill("#adviser-name", "Mr. J. de Vries");
        submit(daan, "#adviser-submit", "advisers");
        Checks.pageHolds(daan, "nl-procedure-accused");

        // The complainant replies to his position; she sees her hearing, not his, and no votes.
        emma.navigate(web + "/formal-complaints/" + id);
        assertThat(emma.content()).contains(emmasRecord).doesNotContain(daansRecord);
        assertThat(emma.locator("#votes").count()).isZero();
        emma.selectOption("#in-reply-to", new com.microsoft.playwright.options.SelectOption().setIndex(1));
        emma.fill("#position-text", "Collega's hebben het ook gehoord " + marker);
        submit(emma, "#position-submit", "positions");
        Checks.pageHolds(emma, "nl-procedure-complainant");

        // The two other members vote; the majority lets Kees issue the report with the advice.
        for (String member : new String[]{INGRID, OMAR}) {
            Page other = signedIn(browser.desktop("nl-NL"), member, "/formal-complaints/" + id);
            other.selectOption("#vote-finding", "founded");
            submit(other, "#vote-submit", "votes");
            other.context().close();
        }
        kees.navigate(web + "/formal-complaints/" + id);
        assertThat(kees.locator("#votes li").count()).isEqualTo(3);
        kees.fill("#affected", COMPLAINANT);
        kees.selectOption("#report-finding-select", "founded");
        kees.selectOption("#report-sanction-select", "written-reprimand");
        kees.fill("#report-measures", "Excuses en een gesprek met de leidinggevende");
        kees.fill("#general-advice", "Training omgangsvormen op alle vestigingen");
        submit(kees, "#report-submit", "report");
        assertThat(kees.locator("#report").innerText()).contains(COMPLAINANT, ACCUSED, "Gegrond",
                "Schriftelijke berisping", "Training omgangsvormen");
        assertThat(kees.locator("#terms li[data-term='decision']").count()).isEqualTo(1);
        Checks.pageHolds(kees, "nl-procedure-reported");
        Pages.chooseLanguage(kees, "ja");
        assertThat(kees.locator("#terms-heading").innerText()).isEqualTo("法定期限");
        Checks.pageHolds(kees, "ja-procedure-reported");

        // HR reads the report and the advice; departing from it shows the notice before sending and needs reasons.
        Page hanna = signedIn(browser.desktop("nl-NL"), HR, "/home");
        hanna.locator("#go-formal-complaints").click();
        hanna.waitForURL("**/formal-complaints");
        assertThat(hanna.locator("#procedure-cases li[data-id='" + id + "']").count()).isEqualTo(1);
        hanna.locator("#procedure-cases li[data-id='" + id + "'] a").click();
        hanna.waitForURL("**/formal-complaints/" + id);
        assertThat(hanna.locator("#votes").count()).isZero();
        assertThat(hanna.content()).contains(emmasRecord, daansRecord);
        assertThat(hanna.locator("#reasons-rule").isVisible()).isTrue();
        assertThat(hanna.locator("#departure-notice").isVisible()).isFalse();
        hanna.selectOption("#decision-sanction-select", "suspension");
        hanna.waitForCondition(() -> hanna.locator("#departure-notice").isVisible());
        hanna.fill("#decision-days", "2");
        hanna.fill("#decision-site", "utr-centraal");
        hanna.fill("#decision-measures", "Excuses en een gesprek");
        Checks.pageHolds(hanna, "nl-procedure-decision-form");
        hanna.waitForNavigation(() -> hanna.locator("#decision-submit").click());
        assertThat(hanna.locator("#refused").innerText()).contains("geef uw redenen");
        assertThat(hanna.locator("#decision").count()).as("nothing decided").isZero();
        assertThat(hanna.locator("#decision-sanction-select").inputValue()).isEqualTo("suspension");
        assertThat(hanna.locator("#decision-days").inputValue()).isEqualTo("2");
        hanna.waitForCondition(() -> hanna.locator("#departure-notice").isVisible());
        Checks.pageHolds(hanna, "nl-procedure-decision-refused");
        hanna.fill("#decision-reasons-field", "Herhaald gedrag na een eerdere waarschuwing " + marker);
        submit(hanna, "#decision-submit", "decision");
        assertThat(hanna.locator("#decision-follows").innerText()).isEqualTo("Wijkt af van het advies van de commissie");
        Checks.pageHolds(hanna, "nl-procedure-decided");

        // The accused objects within the term; HR answers.
        daan.navigate(web + "/formal-complaints/" + id);
        assertThat(daan.locator("#decision").innerText()).contains("Schorsing");
        assertThat(daan.locator("#votes").count()).isZero();
        daan.fill("#objection-reasons", "De schorsing is onevenredig " + marker);
        submit(daan, "#objection-submit", "objections");
        assertThat(daan.locator("#objection-form").count()).as("one objection per side").isZero();
        assertThat(daan.locator("#terms li[data-term='objection-answer']").count()).isEqualTo(1);
        Checks.pageHolds(daan, "nl-procedure-objected");
        Pages.chooseLanguage(daan, "ja");
        Checks.pageHolds(daan, "ja-procedure-objected");

        hanna.navigate(web + "/formal-complaints/" + id);
        hanna.locator("#objections textarea[name='answer']").fill("De schorsing blijft; de redenen staan in de beslissing.");
        submit(hanna, "#objections .answer-submit", "answer");
        assertThat(hanna.locator("#objections .objection-answer").innerText()).contains("De schorsing blijft");
        assertThat(hanna.locator("#terms li[data-term='objection-answer']").getAttribute("data-state")).isEqualTo("met");
        Checks.pageHolds(hanna, "nl-procedure-answered");

        // What each sees equals what the service gives them.
        JsonNode asAccused = stack.get(SERVICE, "/api/procedure/complaints/" + id, stack.userToken(ACCUSED)).expect(200).body();
        assertThat(asAccused.has("votes")).isFalse();
        assertThat(asAccused.path("hearings").size()).isEqualTo(1);
        emma.navigate(web + "/formal-complaints/" + id);
        assertThat(emma.locator("#objections").innerText()).contains("De schorsing blijft");
        assertThat(emma.content()).doesNotContain(daansRecord);
        assertThat(emma.locator("#votes").count()).isZero();
        Pages.chooseLanguage(emma, "ja");
        Checks.pageHolds(emma, "ja-procedure-complainant");

        // A colleague and HQ safety find nothing of it.
        Page sanne = signedIn(browser.desktop("nl-NL"), "sanne.manager", "/formal-complaints");
        assertThat(sanne.locator("#procedure-cases li[data-id='" + id + "']").count()).isZero();
        assertThat(sanne.request().get(web + "/formal-complaints/" + id).status()).isEqualTo(404);
        Checks.pageHolds(sanne, "nl-procedure-colleague");
    }

    /** Sends a case page's form and waits for the page it leads to, which says the step was done. */
    @SuppressWarnings("deprecation")
    private static void submit(Page page, String button, String done) {
        page.waitForNavigation(() -> page.locator(button).click());
        assertThat(page.url()).contains("done=" + done);
    }

    private static Page signedIn(Page page, String user, String path) {
        patient(page).navigate(web + path);
        new SignInPage(page).signIn(user, StackClient.DEMO_PASSWORD);
        page.waitForURL("**" + path.replaceAll("\\?.*", "") + "**");
        return page;
    }

    /** Signing in goes through Keycloak; on a machine shared with other builds that can take longer than 20 s. */
    private static Page patient(Page page) {
        page.setDefaultTimeout(60_000);
        page.setDefaultNavigationTimeout(60_000);
        return page;
    }
}
