package io.frontline.e2e.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;
import io.frontline.e2e.web.pages.AcknowledgeLinkPage;
import io.frontline.e2e.web.pages.MeasurePage;
import io.frontline.e2e.web.pages.MeasureQueuePage;
import io.frontline.e2e.web.pages.Pages;
import io.frontline.e2e.web.pages.SignInPage;
import io.frontline.localstack.demo.StackClient;
import io.frontline.platform.security.IdentifierKind;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bans and measures, escalations, and the acknowledgement link, in real headless Chromium against the running
 * stack: the people who decide act through the pages; the incident itself is reported and confirmed through the
 * services' APIs, as the other stories do.
 */
class MeasureScreensTest extends BrowserStory {
    private static final Duration EVENTUAL = Duration.ofSeconds(60);
    private static final String EMPLOYEE = "emma.staff";
    private static final String CONFIRMER = "sanne.manager";
    private static final String HQ = "henk.hq";
    private static final String OTHER_SITES_MANAGER = "bram.manager";
    private static final Pattern LINK = Pattern.compile("(https?://\\S+/acknowledge\\?token=[A-Za-z0-9_.%-]+)");

    @Test
    void hq_safety_approves_the_ladders_ban_through_the_pages_while_the_manager_who_confirmed_the_incident_cannot() {
        String phone = "+3161" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
        JsonNode incident = report("Klant dreigde de caissière op te wachten na sluitingstijd.", phone, false);
        String incidentId = incident.path("id").asText();
        String manager = stack.userToken(CONFIRMER);
        String base = "/api/incidents/" + incidentId;
        stack.post("incident-service", base + "/triage", manager, Map.of()).expect(200);
        stack.post("incident-service", base + "/investigation", manager, Map.of()).expect(200);
        stack.post("incident-service", base + "/confirmation", manager,
                Map.of("note", "Camerabeelden bekeken; de dreiging is bevestigd.")).expect(200);
        String subjectKey = stack.subjectKey(IdentifierKind.PHONE, phone);
        String hqToken = stack.userToken(HQ);
        String measureId = StackClient.await(EVENTUAL, "the ladder's proposal for " + incident.path("reference").asText(),
                () -> {
                    JsonNode measures = stack.get("sanction-service", "/api/measures?subjectKey=" + subjectKey, hqToken)
                            .expect(200).body();
                    return measures.size() == 0 ? Optional.empty() : Optional.of(measures.get(0).path("id").asText());
                });

        // The manager who confirmed the incident: no approve button, the reason, and the API refuses her.
        Page sanne = patient(browser.phone("nl-NL"));
        sanne.navigate(web + "/measures/" + measureId);
        new SignInPage(sanne).signIn(CONFIRMER, StackClient.DEMO_PASSWORD);
        sanne.waitForURL("**/measures/" + measureId);
        MeasurePage hers = MeasurePage.shown(sanne);
        assertThat(hers.status()).isEqualTo("proposed");
        assertThat(hers.offersApproval()).as("an approve button for the incident's confirmer").isFalse();
        assertThat(hers.whyNot()).contains("U hebt het incident bevestigd");
        assertThat(hers.rule()).isEqualTo("Een eerste verbod");
        Checks.pageHolds(sanne, "nl-measure-four-eyes");
        assertThat(MeasureQueuePage.open(sanne, web, "awaiting-approval").ids())
                .as("what awaits her approval").doesNotContain(measureId);
        Checks.pageHolds(sanne, "nl-measures-awaiting");
        assertThat(stack.post("sanction-service", "/api/measures/" + measureId + "/approve", manager, Map.of()).status())
                .as("the API refuses her approval").isEqualTo(403);

        // HQ safety finds it from home, reads why it was proposed, and approves it.
        Page henk = patient(browser.desktop("en-GB"));
        henk.navigate(web + "/home");
        new SignInPage(henk).signIn(HQ, StackClient.DEMO_PASSWORD);
        henk.waitForURL("**/home");
        henk.locator("#go-measures").click();
        henk.waitForURL("**/measures?queue=awaiting-approval");
        MeasureQueuePage queue = MeasureQueuePage.shown(henk);
        assertThat(queue.ids()).contains(measureId);
        Checks.pageHolds(henk, "en-measures-awaiting");
        MeasurePage his = queue.openMeasure(measureId);
        assertThat(his.offersApproval()).isTrue();
        assertThat(his.rule()).isEqualTo("A first ban");
        assertThat(his.explanation()).isNotBlank();
        Checks.pageHolds(henk, "en-measure-to-approve");
        Pages.chooseLanguage(henk, "ja");
        Checks.pageHolds(henk, "ja-measure-to-approve");
        Pages.chooseLanguage(henk, "en");
        his = MeasurePage.shown(henk).approve();
        assertThat(his.done()).isEqualTo("The measure is approved.");
        assertThat(his.status()).isIn("active", "approved");
        Checks.pageHolds(henk, "en-measure-approved");
        assertThat(stack.get("sanction-service", "/api/measures/" + measureId, hqToken).expect(200).body()
                .path("approvedBy").asText()).isEqualTo(HQ);

        // A manager of another site finds nothing of it: not in any queue, not by its address.
        Page bram = patient(browser.phone("nl-NL"));
        bram.navigate(web + "/measures?queue=awaiting-approval");
        new SignInPage(bram).signIn(OTHER_SITES_MANAGER, StackClient.DEMO_PASSWORD);
        bram.waitForURL("**/measures?queue=awaiting-approval");
        for (String q : List.of("awaiting-approval", "active", "expiring", "objections-pending")) {
            assertThat(MeasureQueuePage.open(bram, web, q).ids()).as("%s of another site's manager", q)
                    .doesNotContain(measureId);
        }
        Checks.pageHolds(bram, "nl-measures-active-other-site");
        var answer = bram.navigate(web + "/measures/" + measureId);
        assertThat(answer.status()).isEqualTo(404);
        assertThat(Pages.heading(bram)).isEqualTo("Pagina niet gevonden");
        assertThat(bram.locator("#measure-status").count()).isZero();
    }

    /**
     * Once flaky (one run in three read the escalation back open after the page thanked the person): a high incident
     * is reported and escalated at once, and each event started its own escalation, each mailing its own link; the
     * link followed was not always the escalation read back. notification-service now keeps one open escalation per
     * incident (OneEscalationPerIncidentTest).
     */
    @Test
    void opening_the_escalation_link_as_a_scanner_does_leaves_it_open_and_the_confirmation_on_its_page_acknowledges_it() throws Exception {
        JsonNode incident = report("Klant dreigde een collega te slaan bij de servicebalie.", null, false);
        String reference = incident.path("reference").asText();
        String hqToken = stack.userToken(HQ);
        JsonNode escalation = StackClient.await(EVENTUAL, "the escalation of " + reference, () -> {
            JsonNode page = stack.get("notification-service", "/api/escalations?reference=" + reference, hqToken)
                    .expect(200).body();
            return page.path("items").size() == 0 ? Optional.empty() : Optional.of(page.path("items").get(0));
        });
        String escalationId = escalation.path("id").asText();
        StackClient.Mail mail = stack.awaitMail("sanne.manager@demo-retail.example",
                m -> m.subject().contains(reference) && LINK.matcher(m.text()).find(), EVENTUAL,
                "the escalation notice of " + reference);
        Matcher found = LINK.matcher(mail.text());
        assertThat(found.find()).isTrue();
        String link = found.group(1);
        assertThat(link).as("the link opens the web's confirmation page").startsWith(web + "/acknowledge?token=");

        // A link scanner: GET and HEAD, no cookies, no session.
        HttpClient scanner = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
        assertThat(scanner.send(HttpRequest.newBuilder(URI.create(link)).GET().build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
        assertThat(scanner.send(HttpRequest.newBuilder(URI.create(link)).method("HEAD",
                HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding()).statusCode())
                .isEqualTo(200);
        assertThat(statusOf(escalationId, hqToken)).as("after a scanner opened the link").isEqualTo("open");

        // The person opens it: a confirmation page, still nothing acknowledged; then confirms.
        Page page = patient(browser.phone("nl-NL"));
        AcknowledgeLinkPage confirmation = AcknowledgeLinkPage.follow(page, link);
        assertThat(confirmation.reference()).isEqualTo(reference);
        assertThat(confirmation.inTheNameOf()).contains(CONFIRMER);
        Checks.pageHolds(page, "nl-acknowledge-link");
        assertThat(statusOf(escalationId, hqToken)).as("after the person opened the link").isEqualTo("open");
        Map<String, String> form = new java.util.LinkedHashMap<>();
        page.locator("#confirm-form input[type=hidden]").all()
                .forEach(input -> form.put(input.getAttribute("name"), input.getAttribute("value")));
        assertThat(confirmation.confirm()).isEqualTo("Dank u. Niemand anders wordt nog gealarmeerd.");
        Checks.pageHolds(page, "nl-acknowledge-link-done");
        JsonNode after = stack.get("notification-service", "/api/escalations/" + escalationId, hqToken).expect(200).body();
        assertThat(after.path("status").asText()).isEqualTo("acknowledged");
        assertThat(after.path("acknowledgedVia").asText()).isEqualTo("link");
        assertThat(after.path("acknowledgedBy").asText()).isEqualTo(CONFIRMER);

        // The same confirmation again (a replay, with the page's own CSRF token) is refused.
        FormData replay = FormData.create();
        form.forEach(replay::set);
        var replayed = page.request().post(web + "/acknowledge", RequestOptions.create().setForm(replay));
        assertThat(replayed.status()).isEqualTo(410);
        // Without the page's CSRF token the web refuses before asking the service.
        var forged = page.request().post(web + "/acknowledge",
                RequestOptions.create().setForm(FormData.create().set("token", form.get("token"))));
        assertThat(forged.status()).isEqualTo(400);

        // The escalation's page, for the manager whose site it is; nothing of it for another site's manager.
        Page sanne = patient(browser.desktop("nl-NL"));
        sanne.navigate(web + "/escalations?status=acknowledged");
        new SignInPage(sanne).signIn(CONFIRMER, StackClient.DEMO_PASSWORD);
        sanne.waitForURL("**/escalations?status=acknowledged");
        assertThat(references(sanne)).contains(reference);
        Checks.pageHolds(sanne, "nl-escalations");
        sanne.locator("#escalations li[data-reference='" + reference + "'] a").click();
        sanne.waitForSelector("#escalation-status");
        assertThat(sanne.locator("#acknowledged").innerText()).contains(CONFIRMER);
        assertThat(sanne.locator("#history li").count()).isGreaterThanOrEqualTo(1);
        Checks.pageHolds(sanne, "nl-escalation");
        Pages.chooseLanguage(sanne, "ja");
        Checks.pageHolds(sanne, "ja-escalation");

        Page bram = patient(browser.phone("nl-NL"));
        bram.navigate(web + "/escalations?status=all");
        new SignInPage(bram).signIn(OTHER_SITES_MANAGER, StackClient.DEMO_PASSWORD);
        bram.waitForURL("**/escalations?status=all");
        assertThat(references(bram)).doesNotContain(reference);
        assertThat(bram.navigate(web + "/escalations/" + escalationId).status()).isEqualTo(404);
    }

    /** Signing in goes through Keycloak; on a machine shared with other builds that can take longer than 20 s. */
    private static Page patient(Page page) {
        page.setDefaultTimeout(60_000);
        page.setDefaultNavigationTimeout(60_000);
        return page;
    }

    private static List<String> references(Page page) {
        List<String> references = new ArrayList<>();
        page.locator("#escalations li[data-reference]").all()
                .forEach(l -> references.add(l.getAttribute("data-reference")));
        return references;
    }

    private static String statusOf(String escalationId, String token) {
        return stack.get("notification-service", "/api/escalations/" + escalationId, token).expect(200).body()
                .path("status").asText();
    }

    /** emma.staff reports a threat at Amsterdam Centrum through the API; the customer named by phone when given. */
    private static JsonNode report(String description, String phone, boolean danger) {
        Map<String, Object> body = new java.util.LinkedHashMap<>();
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
