package io.frontline.e2e.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import io.frontline.e2e.web.pages.Pages;
import io.frontline.e2e.web.pages.SignInPage;
import io.frontline.localstack.demo.StackClient;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The employer's duties through the pages (issue 16), in headless Chromium on the running stack: HQ safety publishes
 * a new version of the basic policy, an employee reads and confirms it, her manager sees her among those who did and
 * records the training she attended, and the chain's compliance report on the page shows the service's figures (also
 * as CSV and PDF). The employee sees the playbook right after a report and consults a counsellor in confidence; a
 * business partner reports one of our employees and follows the outcome without an account.
 */
class PreventionScreensTest extends BrowserStory {
    private static final String SERVICE = "prevention-service";
    private static final String HQ = "henk.hq";
    private static final String HR = "hanna.hr";
    private static final String EMPLOYEE = "emma.staff";
    private static final String MANAGER = "sanne.manager";
    private static final String COUNSELLOR = "carla.counsellor";
    private static final String SITE = "ams-centrum";

    @Test
    void hq_publishes_an_employee_confirms_a_manager_records_training_and_the_compliance_report_shows_both() {
        String today = LocalDate.now(ZoneId.of("Europe/Amsterdam")).toString();
        String marker = UUID.randomUUID().toString().substring(0, 8);

        // HQ safety publishes a new version of the basic policy in three languages, in force today.
        Page henk = signedIn(browser.desktop("nl-NL"), HQ, "/prevention/policies");
        henk.locator("#go-publish").click();
        henk.waitForURL("**/prevention/policies/publish");
        henk.selectOption("#kind", "basic-policy");
        henk.fill("#effectiveFrom", today);
        henk.fill("#title_nl", "Basisbeleid klantintimidatie " + marker);
        henk.fill("#body_nl", "Wij accepteren geen intimidatie van onze medewerkers.\n\nJe mag een gesprek beëindigen.");
        henk.fill("#title_en", "Basic policy on customer harassment " + marker);
        henk.fill("#body_en", "We do not accept harassment of our staff.");
        henk.fill("#title_ja", "カスタマーハラスメント基本方針 " + marker);
        henk.fill("#body_ja", "従業員へのハラスメントを許しません。");
        Checks.pageHolds(henk, "nl-prevention-publish");
        henk.locator("#publish").click();
        henk.waitForURL("**/prevention/policies?done=published");
        assertThat(henk.locator("#done").innerText()).contains("gepubliceerd");
        int version = Integer.parseInt(henk.locator("#policy-basic-policy").getAttribute("data-version"));
        JsonNode inForce = stack.get(SERVICE, "/api/policies/basic-policy?lang=nl", stack.userToken(HQ)).expect(200).body();
        assertThat(inForce.path("version").asInt()).isEqualTo(version);
        assertThat(inForce.path("title").asText()).endsWith(marker);

        // The employee reads it on her phone and confirms; the page then says when she did.
        Page emma = signedIn(browser.phone("nl-NL"), EMPLOYEE, "/home");
        emma.locator("#go-policies").click();
        emma.waitForURL("**/prevention/policies");
        assertThat(emma.locator("#policy-basic-policy h2").innerText()).isEqualTo("Basisbeleid klantintimidatie " + marker);
        assertThat(emma.locator("#policy-basic-policy .policy-text p").count()).isEqualTo(2);
        Checks.pageHolds(emma, "nl-prevention-policy-to-read");
        emma.locator("#ack-basic-policy-button").click();
        emma.waitForURL("**/prevention/policies?done=acknowledged**");
        assertThat(emma.locator("#ack-basic-policy").isVisible()).isTrue();
        assertThat(emma.locator("#ack-basic-policy-button").count()).isZero();
        Checks.pageHolds(emma, "nl-prevention-policy-read");
        Pages.chooseLanguage(emma, "ja");
        assertThat(emma.locator("#policy-basic-policy h2").innerText()).isEqualTo("カスタマーハラスメント基本方針 " + marker);
        Checks.pageHolds(emma, "ja-prevention-policy-read");
        Pages.chooseLanguage(emma, "nl");

        // Her manager sees her among those who confirmed, with the share the service computes.
        Page sanne = signedIn(browser.desktop("nl-NL"), MANAGER, "/prevention/policies/acknowledgements?kind=basic-policy");
        JsonNode shares = stack.get(SERVICE, "/api/policies/basic-policy/acknowledgements?site=" + SITE,
                stack.userToken(MANAGER)).expect(200).body();
        assertThat(shares.get(0).path("missing").toString()).doesNotContain(EMPLOYEE);
        assertThat(sanne.locator("#shares tr[data-site='" + SITE + "'] td.percent").innerText())
                .isEqualTo(String.format(java.util.Locale.ROOT, "%.1f", shares.get(0).path("percent").asDouble()));
        Checks.pageHolds(sanne, "nl-prevention-acknowledgements");

        // HR defines a course; the manager records the session Emma attended today.
        String course = stack.post(SERVICE, "/api/courses", stack.userToken(HR), Map.of("name",
                "Klantcontact onder druk " + marker, "audience", "customer-facing", "refreshInterval", "P1Y",
                "requiredFrom", today)).expect(201).body().path("id").asText();
        sanne.navigate(web + "/prevention/training?site=" + SITE);
        sanne.selectOption("#course", course);
        sanne.fill("#heldOn", today);
        sanne.fill("#trainer", "Veiligheidsteam");
        sanne.locator("input[name='attendee'][value='" + EMPLOYEE + "']").check();
        Checks.pageHolds(sanne, "nl-prevention-training");
        sanne.locator("#record-session").click();
        sanne.waitForURL("**/prevention/training?site=" + SITE + "&done=recorded");
        JsonNode states = stack.get(SERVICE, "/api/training?site=" + SITE + "&course=" + course,
                stack.userToken(MANAGER)).expect(200).body();
        JsonNode hers = null;
        for (JsonNode s : states) {
            if (EMPLOYEE.equals(s.path("userId").asText())) {
                hers = s;
            }
        }
        assertThat(hers).isNotNull();
        assertThat(hers.path("lastAttended").asText()).isEqualTo(today);
        assertThat(hers.path("status").asText()).isEqualTo("current");
        assertThat(sanne.locator("#training tr[data-user='" + EMPLOYEE + "'][data-status='current']").count())
                .isGreaterThanOrEqualTo(1);

        // Emma sees the course as current on her own training page.
        emma.navigate(web + "/prevention/training/mine");
        assertThat(emma.locator("#my-training li[data-status='current']").allInnerTexts().toString())
                .contains("Klantcontact onder druk " + marker);
        Checks.pageHolds(emma, "nl-prevention-my-training");

        // The chain's compliance report on the page shows the service's own figures, and downloads as CSV and PDF.
        henk.navigate(web + "/prevention/compliance?scope=chain");
        JsonNode report = stack.get(SERVICE, "/api/compliance", stack.userToken(HQ)).expect(200).body();
        for (String measure : List.of("basic-policy.version-in-force", "basic-policy.acknowledged-percent",
                "customer-facing.current-percent")) {
            JsonNode figure = figure(report, measure);
            assertThat(henk.locator("#figures tr[data-measure='" + measure + "'] td.value").innerText())
                    .as(measure).isEqualTo(figure.path("value").asText());
        }
        assertThat(figure(report, "basic-policy.version-in-force").path("value").asInt()).isEqualTo(version);
        Checks.pageHolds(henk, "nl-prevention-compliance");
        Pages.chooseLanguage(henk, "ja");
        assertThat(Pages.heading(henk)).isEqualTo("コンプライアンス報告");
        Checks.pageHolds(henk, "ja-prevention-compliance");
        // The downloads come last: a download's answer renews the CSRF cookie, so a form already on the page
        // (the language switch) would then be refused as expired (seen on the stack; open, see the report).
        APIResponse csv = henk.request().get(web + henk.locator("#download-csv").getAttribute("href"));
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.headers().get("content-type")).startsWith("text/csv");
        assertThat(new String(csv.body(), StandardCharsets.UTF_8)).contains("basic-policy.acknowledged-percent");
        APIResponse pdf = henk.request().get(web + henk.locator("#download-pdf").getAttribute("href"));
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");

        // The employee cannot reach the managers' pages.
        // The web answers a refused page with an empty 403, which a navigation cannot show: asked with the page's session.
        assertThat(emma.request().get(web + "/prevention/compliance").status()).isEqualTo(403);
    }

    @Test
    void the_employee_sees_the_playbook_after_a_report_and_consults_a_counsellor_whom_only_she_and_the_counsellor_read() {
        // The report's thank-you page shows the chain's playbook for a threat.
        Page emma = signedIn(browser.phone("nl-NL"), EMPLOYEE, "/staff/report");
        emma.locator("input[name='type'][value='threat']").locator("xpath=..").click();
        emma.fill("#description", "Een klant dreigde aan de telefoon langs te komen.");
        emma.locator("#send-report").click();
        emma.waitForSelector("#reference");
        assertThat(emma.locator("#playbooks #playbook-threat-on-the-phone").isVisible()).isTrue();
        Checks.pageHolds(emma, "nl-prevention-playbook-after-report");

        // The desk of her store names the counsellor; she consults her in confidence.
        stack.put(SERVICE, "/api/desks/" + SITE, stack.userToken(MANAGER), Map.of(
                "firstContact", Map.of("kind", "first-contact", "name", "Sanne de Vries", "userId", MANAGER),
                "counsellors", List.of(Map.of("kind", "internal-counsellor", "name", "Carla Jansen", "userId", COUNSELLOR,
                        "phone", "+31 20 000 0000", "note", "Bel gerust, ook buiten werktijd.")),
                "committee", Map.of("kind", "committee", "name", "Klachtencommissie", "address", "Postbus 1, Amsterdam"),
                "outsideContacts", List.of(Map.of("kind", "lawyer", "name", "Advocatenkantoor Noord"))))
                .expect(200);
        emma.navigate(web + "/prevention/desk");
        assertThat(emma.locator("#desk-" + SITE).innerText()).contains("Carla Jansen", "Klachtencommissie");
        Checks.pageHolds(emma, "nl-prevention-desk");
        emma.selectOption("#site", SITE);
        emma.selectOption("#deskPerson", COUNSELLOR);
        emma.fill("#subject", "Na het telefoontje");
        emma.fill("#text", "Ik slaap slecht sinds de dreiging.");
        emma.locator("#consult").click();
        emma.waitForURL("**/prevention/consultations/*?done=sent");
        String address = emma.url().replaceAll("\\?.*", "");
        assertThat(emma.locator("#as-report-form #description").inputValue()).isEqualTo("Ik slaap slecht sinds de dreiging.");
        Checks.pageHolds(emma, "nl-prevention-consultation");

        // The counsellor reads it and records it as her counsellor note; the manager (not chosen) finds nothing.
        Page carla = signedIn(browser.desktop("ja-JP"), COUNSELLOR, address.substring(web.length()));
        assertThat(carla.locator("#consultation-text").innerText()).isEqualTo("Ik slaap slecht sinds de dreiging.");
        carla.locator("#note-it").click();
        carla.waitForURL("**/prevention/consultations/*?done=noted");
        assertThat(carla.locator("#done").isVisible()).isTrue();
        Checks.pageHolds(carla, "ja-prevention-consultation-noted");
        Page sanne = signedIn(browser.phone("nl-NL"), MANAGER, "/home");
        assertThat(sanne.navigate(address).status()).isEqualTo(404);
    }

    @Test
    void a_business_partner_reports_one_of_our_employees_and_follows_the_outcome_without_an_account() {
        Page partner = patient(browser.phone("nl-NL"));
        partner.navigate(web + "/");
        partner.locator("#go-partner").click();
        partner.waitForURL("**/partners/report");
        partner.locator("#partner-submit").click();
        assertThat(partner.locator("#organisation-error").isVisible()).as("a required field left empty").isTrue();
        partner.fill("#organisation", "Bakkerij De Korenschoof");
        partner.fill("#reporterName", "P. Bakker");
        partner.fill("#reporterContact", "inkoop@korenschoof.example");
        partner.selectOption("#site", SITE);
        partner.fill("#employeeDescription", "De bedrijfsleider van de ochtenddienst");
        partner.fill("#description", "Onze chauffeur werd bij de levering uitgescholden en weggestuurd.");
        Checks.pageHolds(partner, "nl-prevention-partner-form");
        partner.locator("#partner-submit").click();
        partner.waitForSelector("#secret");
        String reference = partner.locator("#reference").innerText().strip();
        String secret = partner.locator("#secret").innerText().strip();
        assertThat(partner.url()).doesNotContain(secret);
        Checks.pageHolds(partner, "nl-prevention-partner-filed");

        // A wrong code shows nothing of it.
        partner.navigate(web + "/partners/track");
        partner.fill("#reference", reference);
        partner.fill("#secret", "not-the-code");
        partner.locator("#partner-track").click();
        assertThat(partner.locator("#not-found").isVisible()).isTrue();
        assertThat(partner.locator("#partner-status").count()).isZero();

        // HR concludes it; the partner reads the outcome and HR's message, in Japanese as well.
        String hr = stack.userToken(HR);
        String id = null;
        for (JsonNode r : stack.get(SERVICE, "/api/partner-reports", hr).expect(200).body()) {
            if (reference.equals(r.path("reference").asText())) {
                id = r.path("id").asText();
            }
        }
        assertThat(id).as("the report reached HR").isNotNull();
        stack.post(SERVICE, "/api/partner-reports/" + id + "/outcome", hr, Map.of("outcome", "measures-taken",
                "message", "Wij hebben met de medewerker gesproken en maatregelen genomen.")).expect(200);
        Pages.chooseLanguage(partner, "ja");
        partner.navigate(web + "/partners/track");
        partner.fill("#reference", reference);
        partner.fill("#secret", secret);
        partner.locator("#partner-track").click();
        partner.waitForSelector("#partner-status");
        assertThat(partner.locator("#partner-status").getAttribute("data-status")).isEqualTo("concluded");
        assertThat(partner.locator("#outcome").innerText()).isEqualTo("措置を講じました");
        assertThat(partner.locator("#outcome-message").innerText()).contains("maatregelen genomen");
        Checks.pageHolds(partner, "ja-prevention-partner-status");
    }

    private static JsonNode figure(JsonNode report, String measure) {
        for (JsonNode f : report.path("figures")) {
            if (measure.equals(f.path("measure").asText())) {
                return f;
            }
        }
        throw new AssertionError("no figure " + measure + " in " + report);
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
