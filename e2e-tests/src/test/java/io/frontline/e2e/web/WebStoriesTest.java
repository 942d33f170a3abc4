package io.frontline.e2e.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.Cookie;
import io.frontline.e2e.web.pages.ComplaintFormPage;
import io.frontline.e2e.web.pages.ComplaintStatusPage;
import io.frontline.e2e.web.pages.FiledPage;
import io.frontline.e2e.web.pages.MyReportsPage;
import io.frontline.e2e.web.pages.Pages;
import io.frontline.e2e.web.pages.ReportPage;
import io.frontline.e2e.web.pages.ReportedPage;
import io.frontline.e2e.web.pages.SignInPage;
import io.frontline.e2e.web.pages.TrackPage;
import io.frontline.localstack.demo.StackClient;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages in real headless Chromium against the running stack: each test is a person's story, told through the
 * page objects of the screens they see; the other side (a handler, a manager) acts through the services' APIs.
 */
class WebStoriesTest extends BrowserStory {
    private static final Duration EVENTUAL = Duration.ofSeconds(60);
    private static final String HANDLER = "chris.handler";
    private static final String MANAGER = "sanne.manager";
    private static final String EMPLOYEE = "emma.staff";

    @Test
    void a_customer_files_in_japanese_gets_the_acknowledgement_answers_the_handlers_question_and_sees_the_complaint_resolved() {
        Page page = browser.desktop("en-US");
        page.navigate(web + "/");
        Pages.chooseLanguage(page, "ja");
        assertThat(page.locator("html").getAttribute("lang")).isEqualTo("ja");
        Checks.pageHolds(page, "ja-landing");

        String email = "kaito." + UUID.randomUUID().toString().substring(0, 8) + "@example.jp";
        ComplaintFormPage form = ComplaintFormPage.open(page, web);
        Checks.pageHolds(page, "ja-complaint-form");
        FiledPage filed = form.site("ams-centrum").category("product").subject("壊れた炊飯器")
                .description("先週購入した炊飯器が三日で動かなくなりました。交換をお願いします。").email(email).answersIn("ja")
                .send();
        String reference = filed.reference();
        assertThat(reference).matches("CMP-\\d{4}-\\d{6}");
        assertThat(filed.trackingCode()).isNotBlank();
        assertThat(filed.trackingLink()).contains("#ref=" + reference).contains("&code=");
        Checks.pageHolds(page, "ja-complaint-filed");

        StackClient.Mail acknowledgement = stack.awaitMail(email, m -> m.subject().contains(reference), EVENTUAL,
                "acknowledgement of " + reference);
        assertThat(acknowledgement.to()).anyMatch(to -> to.contains(email));

        String id = complaintId(reference);
        String handler = stack.userToken(HANDLER);
        stack.post("complaint-service", "/api/complaints/" + id + "/start", handler, Map.of()).expect(200);
        stack.post("complaint-service", "/api/complaints/" + id + "/wait-for-complainant", handler,
                Map.of("text", "炊飯器の購入日とレシート番号を教えていただけますか？")).expect(200);

        Page later = browser.phone("ja-JP");
        ComplaintStatusPage status = TrackPage.follow(later, filed.trackingLink());
        assertThat(later.url()).as("the code never travels in a URL").doesNotContain(filed.trackingCode());
        assertThat(status.status()).isEqualTo("waiting-for-complainant");
        assertThat(status.waitingForMe()).isTrue();
        assertThat(status.messages()).contains("炊飯器の購入日とレシート番号");
        Checks.pageHolds(later, "ja-complaint-waiting");

        status.reply("11月20日に購入しました。レシート番号は 4711 です。");
        assertThat(status.confirmation()).isEqualTo("ご返信を送信しました。");
        assertThat(status.status()).isNotEqualTo("waiting-for-complainant");

        if (stack.post("complaint-service", "/api/complaints/" + id + "/resolve", handler,
                Map.of("text", "新しい炊飯器と交換いたします。ご不便をおかけしました。")).status() == 409) {
            stack.post("complaint-service", "/api/complaints/" + id + "/start", handler, Map.of()).expect(200);
            stack.post("complaint-service", "/api/complaints/" + id + "/resolve", handler,
                    Map.of("text", "新しい炊飯器と交換いたします。ご不便をおかけしました。")).expect(200);
        }
        status.reload();
        assertThat(status.status()).isEqualTo("resolved");
        assertThat(status.statusLabel()).isEqualTo("回答済み");
        assertThat(status.messages()).contains("新しい炊飯器と交換いたします");
        assertThat(status.mainText()).as("no English sentence made by a service")
                .doesNotContain("Escalated", "Answer due", "received", "Acknowledged", "We ");
        Checks.pageHolds(later, "ja-complaint-resolved");
    }

    @Test
    void an_employee_reports_from_a_phone_in_at_most_five_interactions_and_sees_the_outcome_after_the_manager_confirms() {
        Page page = browser.phone("nl-NL");
        page.navigate(web + ReportPage.path());
        new SignInPage(page).signIn(EMPLOYEE, StackClient.DEMO_PASSWORD);
        page.waitForURL("**" + ReportPage.path());
        Checks.pageHolds(page, "nl-report-form");
        page.setViewportSize(Browser.PHONE_WIDTH, Browser.PHONE_HEIGHT);

        page.reload();
        long loaded = System.nanoTime();
        ReportPage report = new ReportPage(page);
        assertThat(report.preselectedSite()).isEqualTo("ams-centrum");
        long begin = System.nanoTime();
        ReportedPage reported = report.tapType("threat")
                .describe("Klant dreigde me op te wachten na sluitingstijd omdat zijn retour werd geweigerd.")
                .send();
        long toConfirmation = System.nanoTime() - begin;
        String reference = reported.reference();
        assertThat(reference).isNotBlank();
        assertThat(report.interactions()).as("interactions from the form to the confirmation").isLessThanOrEqualTo(5);
        assertThat(reported.whatHappensNext()).as("who will contact her").contains("Uw vestigingsmanager (Amsterdam Centrum)");
        System.out.printf("FIGURE report: %d interactions, %d ms from the form's load to the confirmation on screen"
                        + " (%d ms from the first tap; a script taps without a person's pauses)%n", report.interactions(),
                (System.nanoTime() - loaded) / 1_000_000, toConfirmation / 1_000_000);
        Checks.pageHolds(page, "nl-report-confirmation");

        List<Cookie> session = page.context().cookies().stream().filter(c -> c.name.startsWith("q_session")).toList();
        assertThat(session).as("the session cookie").isNotEmpty()
                .allSatisfy(c -> assertThat(c.httpOnly).as("HttpOnly").isTrue());

        String manager = stack.userToken(MANAGER);
        JsonNode notice = StackClient.await(EVENTUAL, "the site manager's notice of " + reference, () -> {
            for (JsonNode entry : stack.get("notification-service", "/api/inbox", manager).expect(200).body()) {
                if (reference.equals(entry.path("reference").asText())) {
                    return Optional.of(entry);
                }
            }
            return Optional.empty();
        });
        String incidentId = notice.path("subjectId").asText();
        String base = "/api/incidents/" + incidentId;
        stack.post("incident-service", base + "/triage", manager, Map.of()).expect(200);
        stack.post("incident-service", base + "/investigation", manager, Map.of()).expect(200);
        stack.post("incident-service", base + "/confirmation", manager,
                Map.of("note", "Camerabeelden bekeken; de dreiging is bevestigd.")).expect(200);

        MyReportsPage mine = MyReportsPage.open(page, web);
        assertThat(mine.statusOf(reference)).isEqualTo("confirmed");
        Checks.pageHolds(page, "nl-my-reports");
        Pages.chooseLanguage(page, "ja");
        assertThat(mine.textOf(reference)).contains("確認済み");
        Checks.pageHolds(page, "ja-my-reports");
    }

    @Test
    void an_escalation_request_from_the_tracking_page_appears_on_the_complaints_timeline_without_changing_its_level() {
        Page page = browser.phone("nl-NL");
        FiledPage filed = ComplaintFormPage.open(page, web).site("utr-centraal").category("delivery")
                .subject("Bestelling drie keer te laat").description("Mijn bestelling is drie keer niet bezorgd.").send();
        String reference = filed.reference();
        ComplaintStatusPage status = TrackPage.follow(page, filed.trackingLink());
        status.askEscalation("management", "Ik wil dat de directie hiernaar kijkt; dit gebeurt steeds weer.");
        assertThat(status.confirmation()).isEqualTo("Uw verzoek om escalatie is ontvangen.");
        assertThat(status.messages()).contains("U vroeg om uw klacht voor te leggen aan: De directie.");
        Checks.pageHolds(page, "nl-complaint-escalation-requested");

        String handler = stack.userToken(HANDLER);
        String id = complaintId(reference);
        JsonNode timeline = stack.get("complaint-service", "/api/complaints/" + id + "/timeline", handler).expect(200).body();
        assertThat(timeline.findValuesAsText("code")).contains("complaint.escalation-requested");
        assertThat(stack.get("complaint-service", "/api/complaints/" + id, handler).expect(200).body()
                .path("escalation").isTextual()).as("the level is the handler's to change").isFalse();
    }

    @Test
    void a_form_posted_without_its_csrf_token_is_refused_and_files_nothing() {
        long before = complaintsToday();
        Page page = browser.desktop("nl-NL");
        Response[] answer = new Response[1];
        ComplaintFormPage form = ComplaintFormPage.open(page, web).site("ams-centrum").category("service")
                .subject("Vervalst formulier").description("Dit formulier mist zijn token en mag niets indienen.")
                .withoutItsToken();
        page.onResponse(r -> {
            if (r.url().endsWith("/complaints/new") && r.request().method().equals("POST")) {
                answer[0] = r;
            }
        });
        form.send();
        assertThat(answer[0]).isNotNull();
        assertThat(answer[0].status()).isEqualTo(400);
        assertThat(page.locator("#secret").count()).as("no tracking code shown").isZero();
        assertThat(Pages.heading(page)).isEqualTo("Dit formulier is verlopen");
        assertThat(complaintsToday()).as("complaints filed").isEqualTo(before);
    }

    @Test
    void every_page_answers_with_a_content_security_policy_that_forbids_inline_scripts_and_framing() {
        Page page = browser.desktop("nl-NL");
        for (String path : List.of("/", "/complaints/new", "/complaints/track", "/procedure")) {
            Response response = page.navigate(web + path);
            String csp = response.headers().get("content-security-policy");
            assertThat(csp).as("CSP of %s", path).isNotNull().contains("script-src 'self'")
                    .contains("frame-ancestors 'none'").doesNotContain("unsafe-inline");
            assertThat(response.headers()).containsEntry("x-content-type-options", "nosniff");
        }
    }

    @Test
    void a_session_that_expired_returns_to_the_wanted_page_after_signing_in_again_and_signing_out_ends_it() {
        Page page = browser.desktop("nl-NL");
        page.navigate(web + "/home");
        new SignInPage(page).signIn(EMPLOYEE, StackClient.DEMO_PASSWORD);
        page.waitForURL("**/home");
        Checks.pageHolds(page, "nl-home");

        page.context().clearCookies();
        page.navigate(web + "/staff/reports");
        SignInPage signIn = new SignInPage(page);
        assertThat(signIn.shown()).as("sent to sign in").isTrue();
        Checks.pictures(page, "nl-sign-in");
        signIn.signIn(EMPLOYEE, StackClient.DEMO_PASSWORD);
        page.waitForURL("**/staff/reports");
        assertThat(page.url()).endsWith("/staff/reports");

        page.locator("a[href='/logout']").click();
        page.waitForURL(url -> url.equals(web + "/") || url.startsWith(web + "/?"));
        page.navigate(web + "/home");
        assertThat(new SignInPage(page).shown()).as("signed out here and at Keycloak").isTrue();
    }

    @Test
    void the_public_pages_read_well_in_dutch_on_a_phone_and_a_too_long_text_gets_a_friendly_page() {
        Page page = browser.phone("nl-NL");
        page.navigate(web + "/");
        assertThat(page.locator("html").getAttribute("lang")).as("from Accept-Language").isEqualTo("nl");
        Checks.pageHolds(page, "nl-landing");
        page.navigate(web + "/procedure");
        Checks.pageHolds(page, "nl-procedure");

        ComplaintFormPage form = ComplaintFormPage.open(page, web);
        Checks.pageHolds(page, "nl-complaint-form");
        form.send();
        assertThat(form.fieldError("subject")).isEqualTo("Vul dit in.");
        Checks.pageHolds(page, "nl-complaint-form-errors");

        TrackPage.open(page, web).track("CMP-2000-000000", "not-the-code");
        assertThat(page.locator("[role=alert]").innerText()).contains("We vonden geen klacht");
        Checks.pageHolds(page, "nl-track-not-found");

        Response[] answer = new Response[1];
        page.onResponse(r -> {
            if (r.url().endsWith("/complaints/new") && r.request().method().equals("POST")) {
                answer[0] = r;
            }
        });
        ComplaintFormPage.open(page, web).site("utr-centraal").category("other").subject("Heel lang")
                .descriptionBeyondItsLimit("x".repeat(20_000)).send();
        assertThat(answer[0].status()).isEqualTo(413);
        assertThat(Pages.heading(page)).isEqualTo("Dat is te veel tekst");
        Checks.pageHolds(page, "nl-too-long");
    }

    @Test
    void the_first_visit_of_the_report_and_complaint_pages_is_light_and_quick() {
        Page page = browser.phone("nl-NL");
        page.navigate(web + ReportPage.path());
        new SignInPage(page).signIn(EMPLOYEE, StackClient.DEMO_PASSWORD);
        page.waitForURL("**" + ReportPage.path());
        figures(browser.phone("nl-NL"), web + "/complaints/new", "complaint form");
        // Signed in, the report page has been seen once: forget the cache so its figures are a first visit's.
        page.context().newCDPSession(page).send("Network.clearBrowserCache");
        figures(page, web + ReportPage.path(), "report form");
    }

    /** Transferred bytes of a first visit and the server time (p95 of 20 loads), from the Performance API. */
    private static void figures(Page page, String url, String what) {
        page.navigate(url);
        Number bytes = (Number) page.evaluate("() => performance.getEntriesByType('navigation')[0].transferSize"
                + " + performance.getEntriesByType('resource').reduce((s, r) => s + r.transferSize, 0)");
        List<Double> server = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            page.navigate(url);
            server.add(((Number) page.evaluate("() => { const n = performance.getEntriesByType('navigation')[0];"
                    + " return n.responseStart - n.requestStart; }")).doubleValue());
        }
        server.sort(Double::compare);
        System.out.printf("FIGURE %s: first visit %d bytes transferred; server time p95 %.1f ms (median %.1f ms, 20 loads)%n",
                what, bytes.longValue(), server.get(18), server.get(10));
    }

    private static String complaintId(String reference) {
        return stack.get("complaint-service", "/api/complaints/by-reference/" + reference, stack.userToken(HANDLER))
                .expect(200).body().path("id").asText();
    }

    private static long complaintsToday() {
        LocalDate today = LocalDate.now();
        return stack.get("complaint-service", "/api/complaints/stats?from=" + today.minusDays(1) + "&to="
                + today.plusDays(1) + "&groupBy=site", stack.userToken(HANDLER)).expect(200).body().path("total").asLong();
    }
}
