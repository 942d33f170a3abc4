package io.frontline.e2e.web;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import io.frontline.e2e.web.pages.ComplaintQueueScreen;
import io.frontline.e2e.web.pages.ComplaintScreen;
import io.frontline.e2e.web.pages.Pages;
import io.frontline.e2e.web.pages.SignInPage;
import io.frontline.localstack.demo.StackClient;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The complaint handler's screens in headless Chromium against the running stack (issue 13): the queue and the
 * complaint page, a handler's story from the queue to the answer, the conduct guard's refusal on the page, the
 * four-eyes reassessment through the pages, and a handler of other sites who finds nothing of it.
 */
class ComplaintScreensTest extends BrowserStory {
    private static final String HANDLER = "chris.handler";
    private static final String MANAGER = "sanne.manager";
    private static final String OTHER_HANDLER = "yara.handler";

    @Test
    void a_handler_finds_a_new_complaint_in_his_queue_takes_it_assigns_it_to_himself_and_resolves_it_through_the_pages() {
        String reference = filePublicly("ams-centrum", "product", "Kapotte waterkoker",
                "De waterkoker die ik vorige week kocht lekt. Ik wil graag mijn geld terug.");
        Page page = browser.desktop("nl-NL");
        page.navigate(web + "/home");
        new SignInPage(page).signIn(HANDLER, StackClient.DEMO_PASSWORD);
        page.waitForURL("**/home");
        page.locator("#go-complaints").click();
        page.waitForURL("**" + ComplaintQueueScreen.PATH);
        ComplaintQueueScreen queue = new ComplaintQueueScreen(page);
        assertThat(queue.references()).as("the open complaints of his sites").isNotEmpty();
        Checks.pageHolds(page, "nl-complaint-queue");

        ComplaintScreen complaint = queue.findReference(reference).open(reference);
        assertThat(complaint.status()).isIn("received", "acknowledged");
        if (complaint.status().equals("received")) {
            complaint.acknowledge();
            assertThat(complaint.confirmation()).isEqualTo("Ontvangst bevestigd.");
        }
        // ams-centrum confirms receipt at once (the chain's policy): the confirmation is on the timeline, in Dutch
        assertThat(complaint.status()).isEqualTo("acknowledged");
        assertThat(complaint.timeline()).contains("Ontvangst bevestigd; antwoord uiterlijk");
        assertThat(complaint.screening()).contains("De woordenlijsten suggereren niets.");
        Checks.pageHolds(page, "nl-complaint-acknowledged");

        complaint.takeIntoHandling();
        assertThat(complaint.confirmation()).isEqualTo("In behandeling genomen.");
        assertThat(complaint.status()).isEqualTo("in-progress");
        complaint.assignToMe();
        assertThat(complaint.confirmation()).isEqualTo("Behandelaar toegewezen.");
        assertThat(complaint.assignee()).isEqualTo(HANDLER);
        assertThat(complaint.timeline()).contains("Toegewezen aan " + HANDLER);

        complaint.resolve("U krijgt het aankoopbedrag terug; de terugbetaling staat binnen drie dagen op uw rekening.");
        assertThat(complaint.confirmation()).isEqualTo("Beantwoord en afgerond.");
        assertThat(complaint.status()).isEqualTo("resolved");
        assertThat(complaint.timeline()).contains("Beantwoord en afgerond:").contains("de terugbetaling staat binnen");
        Checks.pageHolds(page, "nl-complaint-resolved");

        Pages.chooseLanguage(page, "ja");
        assertThat(complaint.statusLabel()).isEqualTo("回答済み");
        assertThat(complaint.timeline()).contains("回答・完了:").contains(HANDLER + " に割り当て");
        assertThat(complaint.mainText()).as("no code and no English sentence made by a service")
                .doesNotContain("complaint.", "Received by", "Assigned to", "Answered");
        Checks.pageHolds(page, "ja-complaint-resolved");

        assertThat(stack.get("complaint-service", "/api/complaints/by-reference/" + reference,
                stack.userToken(HANDLER)).expect(200).body().path("status").asText()).isEqualTo("resolved");
    }

    @Test
    void a_reasonable_demand_cannot_be_rejected_the_page_says_why_and_a_reassessment_needs_a_second_person() {
        String reference = filePublicly("ams-centrum", "billing", "Dubbel afgeschreven, schandalig",
                "Jullie hebben twee keer afgeschreven voor dezelfde bestelling. Idioten! Ik wil het terug.");
        Page page = browser.phone("nl-NL");
        page.navigate(web + ComplaintQueueScreen.PATH);
        new SignInPage(page).signIn(HANDLER, StackClient.DEMO_PASSWORD);
        page.waitForURL("**" + ComplaintQueueScreen.PATH);
        ComplaintScreen complaint = new ComplaintQueueScreen(page).findReference(reference).open(reference);
        complaint.takeIntoHandling();
        complaint.assessConduct("reasonable", "acceptable", "De dubbele afschrijving staat op het rekeningoverzicht.");
        assertThat(complaint.confirmation()).isEqualTo("Beoordeling vastgelegd.");
        assertThat(complaint.demandAssessed()).isEqualTo("reasonable");

        Response[] answer = new Response[1];
        page.onResponse(r -> {
            if (r.url().endsWith("/reject") && r.request().method().equals("POST")) {
                answer[0] = r;
            }
        });
        complaint.reject("De klant gebruikte scheldwoorden tegen onze medewerkers.");
        assertThat(answer[0].status()).as("refused by the conduct guard").isEqualTo(422);
        assertThat(complaint.refusal()).contains("De eis is als redelijk beoordeeld")
                .contains("The demand was judged reasonable");
        assertThat(complaint.status()).as("nothing changed").isEqualTo("in-progress");
        Checks.pageHolds(page, "nl-complaint-reject-refused");

        complaint.assessConduct("unreasonable", "acceptable",
                "Het rekeningoverzicht toont toch maar een enkele afschrijving voor deze bestelling.");
        assertThat(complaint.confirmation()).isEqualTo("Herbeoordeling voorgesteld: een tweede persoon keurt die goed.");
        assertThat(complaint.reassessmentPending()).isTrue();
        assertThat(complaint.offers("approve-reassessment")).as("no approve button for its proposer").isFalse();
        assertThat(complaint.demandAssessed()).as("the demand stays reasonable until approved").isEqualTo("reasonable");
        Checks.pageHolds(page, "nl-complaint-reassessment-proposed");

        Page manager = browser.desktop("ja-JP");
        manager.navigate(web + ComplaintQueueScreen.PATH);
        new SignInPage(manager).signIn(MANAGER, StackClient.DEMO_PASSWORD);
        manager.waitForURL("**" + ComplaintQueueScreen.PATH);
        ComplaintScreen second = new ComplaintQueueScreen(manager).findReference(reference).open(reference);
        assertThat(second.reassessmentPending()).isTrue();
        Checks.pageHolds(manager, "ja-complaint-reassessment-to-approve");
        second.approveReassessment();
        assertThat(second.confirmation()).isEqualTo("再評価を承認しました。申出人に通知されます。");
        assertThat(second.demandAssessed()).isEqualTo("unreasonable");
        assertThat(second.timeline()).contains("申出人に通知");
    }

    @Test
    void a_handler_of_other_sites_finds_nothing_of_it_in_her_queue_and_a_not_found_page_on_its_address() {
        String reference = filePublicly("ams-centrum", "service", "Lange wachtrij",
                "Ik stond veertig minuten in de rij bij de kassa.");
        String id = stack.get("complaint-service", "/api/complaints/by-reference/" + reference,
                stack.userToken(HANDLER)).expect(200).body().path("id").asText();
        Page page = browser.phone("ja-JP");
        page.navigate(web + ComplaintQueueScreen.PATH);
        new SignInPage(page).signIn(OTHER_HANDLER, StackClient.DEMO_PASSWORD);
        page.waitForURL("**" + ComplaintQueueScreen.PATH);
        ComplaintQueueScreen queue = new ComplaintQueueScreen(page);
        assertThat(queue.references()).doesNotContain(reference);
        queue.findReference(reference);
        assertThat(queue.references()).isEmpty();
        assertThat(queue.saysNothingMatches()).isTrue();
        Checks.pageHolds(page, "ja-complaint-queue-other-sites");

        Response response = page.navigate(web + ComplaintQueueScreen.PATH + "/" + id);
        assertThat(response.status()).isEqualTo(404);
        assertThat(page.locator("main").innerText()).doesNotContain(reference).doesNotContain("Lange wachtrij");
        Checks.pageHolds(page, "ja-complaint-not-found");
        com.microsoft.playwright.APIResponse refused = page.request().post(web + ComplaintQueueScreen.PATH + "/" + id
                + "/start", com.microsoft.playwright.options.RequestOptions.create()
                .setForm(com.microsoft.playwright.options.FormData.create().set("step", "start")));
        assertThat(refused.status()).as("a step posted without the form's token").isEqualTo(400);
        assertThat(stack.get("complaint-service", "/api/complaints/" + id, stack.userToken(HANDLER)).expect(200).body()
                .path("status").asText()).as("nothing changed").isEqualTo("acknowledged");
    }

    private static String filePublicly(String site, String category, String subject, String description) {
        return stack.post("complaint-service", "/api/public/complaints", null, Map.of("site", site, "channel", "web",
                "category", category, "subject", subject, "description", description, "language", "nl"))
                .expect(201).body().path("reference").asText();
    }
}
