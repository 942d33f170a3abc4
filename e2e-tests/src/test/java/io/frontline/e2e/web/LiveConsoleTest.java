package io.frontline.e2e.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Page;
import io.frontline.e2e.RunningStack;
import io.frontline.e2e.web.pages.LiveConsolePage;
import io.frontline.localstack.demo.StackClient;
import io.frontline.platform.events.EventCodec;
import io.frontline.platform.events.EventEnvelope;
import io.frontline.platform.events.Topics;
import io.frontline.platform.events.callcenter.CallcenterEventTypes;
import io.frontline.platform.events.callcenter.TranscriptSegmentV1;
import io.frontline.platform.security.IdentifierKind;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13, the call-center supervisor's live console in real headless Chromium on the running stack: the
 * call-center platform streams calls on {@code callcenter.transcripts}, as it does in production; the alerts appear in
 * the supervisor's page without a reload — within a second, measured from publishing the segment to the alert being
 * in the page — survive a dropped connection, and are acted on through the page.
 */
class LiveConsoleTest extends BrowserStory {
    private static final String SUPERVISOR = "ruben.supervisor";
    private static final String CALL_CENTER = "cc-rotterdam";
    private static final String ABUSIVE = "Wat een kutbedrijf, jullie zijn echt achterlijk.";
    private static final Duration EVENTUAL = Duration.ofSeconds(30);
    /**
     * A p99 needs a hundred samples: over fifty it is the maximum, and one pause of the machine (a collection, the
     * dismissals of the warm-up still being relayed) failed a run at 1,056 ms while every other alert took 28–75 ms.
     */
    private static final int ALERTS_MEASURED = 100;

    /** A failed story shows the end of the web's and incident-service's logs of this stack. */
    @org.junit.jupiter.api.extension.RegisterExtension
    static final org.junit.jupiter.api.extension.TestWatcher LOGS_ON_FAILURE = new org.junit.jupiter.api.extension.TestWatcher() {
        @Override
        public void testFailed(org.junit.jupiter.api.extension.ExtensionContext context, Throwable cause) {
            for (String part : List.of("web", "incident-service")) {
                try {
                    List<String> lines = java.nio.file.Files.readAllLines(RunningStack.stack().settings().logs()
                            .resolve(part + ".log"));
                    System.out.println("---- last lines of " + part + ".log after " + context.getDisplayName());
                    lines.subList(Math.max(0, lines.size() - 40), lines.size()).forEach(System.out::println);
                } catch (java.io.IOException | RuntimeException e) {
                    System.out.println("no log of " + part + ": " + e);
                }
            }
        }
    };

    @Test
    void a_hundred_alerts_reach_the_supervisors_screen_within_a_second_of_the_segment_on_callcenter_transcripts() {
        LiveConsolePage console = LiveConsolePage.open(browser.desktop("nl-NL"), web, SUPERVISOR,
                StackClient.DEMO_PASSWORD);
        warmUp(console);

        List<Long> latencies = new ArrayList<>();
        List<String> calls = new ArrayList<>();
        for (int i = 0; i < ALERTS_MEASURED; i++) {
            String callId = "call-lat-" + UUID.randomUUID().toString().substring(0, 8);
            long sent = System.currentTimeMillis();
            publish(callId, null, 0, "caller", ABUSIVE);
            long shown = console.shownAt(callId);
            latencies.add(shown - sent);
            calls.add(callId);
        }
        dismissByApi(calls);
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        long p50 = sorted.get(sorted.size() / 2 - 1);
        long p99 = sorted.get((int) Math.ceil(0.99 * sorted.size()) - 1);
        System.out.printf("FIGURE live console: segment on callcenter.transcripts to alert in the page's DOM, %d alerts: "
                + "p50 %d ms, p99 %d ms, max %d ms, min %d ms%n", sorted.size(), p50, p99, sorted.get(sorted.size() - 1),
                sorted.get(0));
        assertThat(console.announced()).as("the aria-live region names the newest alert").isNotBlank();
        assertThat(p99).as("p99 from the segment on callcenter.transcripts to the alert on the screen, ms: %s",
                latencies).isLessThan(1_000);
    }

    @Test
    void an_alert_raised_while_the_supervisors_connection_was_down_appears_when_it_is_back_and_none_is_lost() {
        Page page = browser.phone("nl-NL");
        LiveConsolePage console = LiveConsolePage.open(page, web, SUPERVISOR, StackClient.DEMO_PASSWORD);
        warmUp(console);

        page.context().setOffline(true);
        console.awaitState("offline");
        List<String> missed = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String callId = "call-drop-" + UUID.randomUUID().toString().substring(0, 8);
            publish(callId, null, 0, "caller", ABUSIVE);
            missed.add(callId);
        }
        missed.forEach(LiveConsoleTest::awaitOpenSuggestion);
        assertThat(missed).noneMatch(console::shows);

        page.context().setOffline(false);
        console.awaitState("live");
        missed.forEach(console::awaitAlert);
        assertThat(missed).allMatch(console::shows);
        dismissByApi(missed);
    }

    @Test
    void the_supervisor_sees_the_rule_that_fired_the_lines_of_the_call_and_the_callers_history_in_dutch_and_japanese() {
        Page page = browser.desktop("nl-NL");
        page.navigate(web + "/home");
        LiveConsolePage console;
        if (page.url().contains("/realms/")) {
            new io.frontline.e2e.web.pages.SignInPage(page).signIn(SUPERVISOR, StackClient.DEMO_PASSWORD);
        }
        page.locator("#go-console").click();
        console = LiveConsolePage.on(page);

        String phone = "06" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
        String callId = "call-" + UUID.randomUUID().toString().substring(0, 8);
        String dismissed = "call-" + UUID.randomUUID().toString().substring(0, 8);
        publish(callId, phone, 0, "agent", "Goedemiddag, klantenservice, u spreekt met Lotte.");
        publish(callId, phone, 1, "caller", "Ik bel over mijn pakket, dat is nooit aangekomen.");
        publish(callId, phone, 2, "caller", ABUSIVE);
        publish(dismissed, null, 0, "caller", ABUSIVE);

        console.awaitAlert(callId);
        assertThat(console.rules(callId)).isEqualTo("Beledigende taal");
        assertThat(console.lines(callId)).containsExactly(
                "Medewerker: Goedemiddag, klantenservice, u spreekt met Lotte.",
                "Beller: Ik bel over mijn pakket, dat is nooit aangekomen.", "Beller: " + ABUSIVE);
        assertThat(console.callerHistory(callId)).contains("Geen eerdere incidenten");
        assertThat(page.content()).as("the caller's number is never shown").doesNotContain(phone.substring(2));
        console.awaitAlert(dismissed);
        Checks.pageHolds(page, "nl-live-console");

        // A supervisor whose browser asks for Japanese, on a phone.
        LiveConsolePage japanese = LiveConsolePage.open(browser.phone("ja-JP"), web, SUPERVISOR,
                StackClient.DEMO_PASSWORD);
        japanese.awaitAlert(callId);
        assertThat(japanese.rules(callId)).isEqualTo("暴言");
        japanese.callerHistory(callId);
        Checks.pageHolds(japanese.page(), "ja-live-console");

        dismissByApi(List.of(callId, dismissed));
    }

    /**
     * The actions through the page, and the language switch after them: each form's CSRF token stays the one the page
     * was rendered with while the page follows its stream and loads callers (web's FormTokenKeeper).
     */
    @Test
    void the_supervisor_takes_the_call_over_dismisses_one_suggestion_and_confirms_another_through_the_page() {
        Page page = browser.desktop("nl-NL");
        LiveConsolePage console = LiveConsolePage.open(page, web, SUPERVISOR, StackClient.DEMO_PASSWORD);
        String phone = "06" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
        String callId = "call-" + UUID.randomUUID().toString().substring(0, 8);
        String dismissed = "call-" + UUID.randomUUID().toString().substring(0, 8);
        publish(callId, phone, 0, "caller", ABUSIVE);
        publish(dismissed, null, 0, "caller", ABUSIVE);
        console.awaitAlert(callId);
        console.awaitAlert(dismissed);

        assertThat(console.takeOver(callId)).contains(callId).contains("overgenomen");
        assertThat(console.dismiss(dismissed, "Klant citeerde een recensie, niet tegen de medewerker"))
                .contains(dismissed).contains("afgewezen");
        console.awaitAlert(callId);
        String confirmed = console.confirm(callId);
        assertThat(confirmed).contains(callId).containsPattern("INC-\\d{4}-\\d{6}");
        assertThat(console.shows(callId)).as("a confirmed suggestion leaves the console").isFalse();
        assertThat(console.shows(dismissed)).isFalse();

        String token = stack.userToken(SUPERVISOR);
        JsonNode suggestion = suggestion(callId, "confirmed", token).orElseThrow();
        assertThat(suggestion.path("decidedBy").asText()).isEqualTo(SUPERVISOR);
        JsonNode incident = stack.get("incident-service", "/api/incidents/" + suggestion.path("incidentId").asText(),
                token).expect(200).body();
        assertThat(incident.path("source").asText()).isEqualTo("call-center-detection");
        assertThat(incident.path("perpetratorSubjectKey").asText())
                .isEqualTo(stack.subjectKey(IdentifierKind.PHONE, phone));
        assertThat(suggestion(dismissed, "dismissed", token).orElseThrow().path("dismissalReason").asText())
                .contains("recensie");

        // The language switch from the console page, while its stream is open, comes back in the chosen language.
        io.frontline.e2e.web.pages.Pages.chooseLanguage(page, "ja");
        page.waitForSelector("html[lang='ja']");
        LiveConsolePage.on(page);
    }

    @Test
    void a_manager_of_a_branch_sees_none_of_the_call_centers_alerts() {
        String callId = "call-" + UUID.randomUUID().toString().substring(0, 8);
        publish(callId, null, 0, "caller", ABUSIVE);
        awaitOpenSuggestion(callId);
        LiveConsolePage supervisor = LiveConsolePage.open(browser.desktop("nl-NL"), web, SUPERVISOR,
                StackClient.DEMO_PASSWORD);
        supervisor.awaitAlert(callId);

        LiveConsolePage other = LiveConsolePage.open(browser.desktop("nl-NL"), web, "sanne.manager",
                StackClient.DEMO_PASSWORD);
        other.page().waitForTimeout(1_000);
        assertThat(other.shows(callId)).isFalse();
        assertThat(other.page().locator("#alerts li").count()).as("alerts of another site").isZero();
        dismissByApi(List.of(callId));
    }

    /** The first alerts after opening also load the code on their path (JIT, pools) once; not measured. */
    private static void warmUp(LiveConsolePage console) {
        List<String> calls = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String callId = "call-warm-" + UUID.randomUUID().toString().substring(0, 8);
            publish(callId, null, 0, "caller", ABUSIVE);
            console.awaitAlert(callId);
            calls.add(callId);
        }
        dismissByApi(calls);
    }

    /** One segment as the call-center platform sends it: on callcenter.transcripts, keyed by the call. */
    private static void publish(String callId, String callerPhone, int index, String speaker, String text) {
        TranscriptSegmentV1 segment = new TranscriptSegmentV1(callId, CALL_CENTER, "agent-17", null, speaker, text,
                index * 10_000L, index * 10_000L + 9_000L, "nl", callerPhone);
        stack.publish(Topics.CALLCENTER_TRANSCRIPTS, callId, EventCodec.encode(new EventEnvelope(
                EventEnvelope.SPEC_VERSION, UUID.randomUUID(), "/frontline/callcenter-platform",
                CallcenterEventTypes.TRANSCRIPT_SEGMENT_V1, Instant.now(), callId, EventEnvelope.JSON,
                EventCodec.toData(segment))));
    }

    private static JsonNode awaitOpenSuggestion(String callId) {
        String token = stack.userToken(SUPERVISOR);
        return StackClient.await(EVENTUAL, "suggestion for " + callId, () -> suggestion(callId, "open", token));
    }

    private static Optional<JsonNode> suggestion(String callId, String status, String token) {
        for (JsonNode s : stack.get("incident-service", "/api/suggested-incidents?limit=200&status=" + status, token)
                .expect(200).body().path("items")) {
            if (callId.equals(s.path("callId").asText())) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** Keeps the console of later tests short: the measured calls are dismissed, as a supervisor would. */
    private static void dismissByApi(List<String> calls) {
        String token = stack.userToken(SUPERVISOR);
        for (String callId : calls) {
            JsonNode s = awaitOpenSuggestion(callId);
            stack.post("incident-service", "/api/suggested-incidents/" + s.path("id").asText() + "/dismissal", token,
                    Map.of("note", "Meting van de live-console")).expect(200);
        }
    }
}
