package io.frontline.e2e.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Page;
import io.frontline.e2e.web.pages.LiveConsolePage;
import io.frontline.e2e.web.pages.MeasurePage;
import io.frontline.e2e.web.pages.MeasureQueuePage;
import io.frontline.e2e.web.pages.SignInPage;
import io.frontline.localstack.demo.AbusiveCallStory;
import io.frontline.localstack.demo.StackClient;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13's closed loop through the pages, in real headless Chromium on the running stack: an abusive call streamed
 * on {@code callcenter.transcripts} raises a live alert on the floor supervisor's console; he confirms it there; the
 * incident is confirmed and the ladder proposes a ban; HQ safety — a second person, not the proposer nor the
 * confirmer — approves it on the measures page; the caller's next call is flagged as banned by the API the call
 * center asks at the start of a call.
 */
class ClosedLoopThroughPagesTest extends BrowserStory {
    private static final Duration EVENTUAL = Duration.ofSeconds(60);

    @Test
    void an_abusive_call_confirmed_on_the_console_and_its_ban_approved_on_the_measures_page_stops_the_callers_next_call() {
        AbusiveCallStory call = new AbusiveCallStory(stack);

        // The supervisor's console is open when the call turns abusive.
        Page ruben = patient(browser.desktop("nl-NL"));
        LiveConsolePage console = LiveConsolePage.open(ruben, web, AbusiveCallStory.SUPERVISOR,
                StackClient.DEMO_PASSWORD);
        call.streamAbusiveCall();
        console.awaitAlert(call.callId);
        assertThat(console.callerHistory(call.callId)).as("a caller without history").contains("Geen eerdere incidenten");

        // He confirms the suggestion on the console: an incident of live detection, its reference shown.
        String confirmed = console.confirm(call.callId);
        assertThat(confirmed).contains(call.callId).containsPattern("INC-\\d{4}-\\d{6}");
        assertThat(console.shows(call.callId)).isFalse();
        String token = stack.userToken(AbusiveCallStory.SUPERVISOR);
        JsonNode suggestion = StackClient.await(EVENTUAL, "the confirmed suggestion of " + call.callId, () -> {
            for (JsonNode s : stack.get("incident-service", "/api/suggested-incidents?limit=200&status=confirmed", token)
                    .expect(200).body().path("items")) {
                if (call.callId.equals(s.path("callId").asText())) {
                    return Optional.of(s);
                }
            }
            return Optional.empty();
        });
        assertThat(suggestion.path("decidedBy").asText()).isEqualTo(AbusiveCallStory.SUPERVISOR);
        String incidentId = suggestion.path("incidentId").asText();
        JsonNode incident = stack.get("incident-service", "/api/incidents/" + incidentId, token).expect(200).body();
        assertThat(incident.path("source").asText()).isEqualTo("call-center-detection");
        assertThat(incident.path("perpetratorSubjectKey").asText()).isEqualTo(call.callerSubjectKey);

        // The incident's workflow (its own pages are IncidentScreensTest's story), then the ladder's proposal.
        assertThat(call.confirmIncident(incidentId).path("status").asText()).isEqualTo("confirmed");
        JsonNode proposal = call.awaitProposedBan();
        String measureId = proposal.path("id").asText();
        assertThat(proposal.path("type").asText()).isEqualTo("contact-ban");
        assertThat(proposal.path("status").asText()).isEqualTo("proposed");

        // The supervisor confirmed both: the measure page offers him no approval.
        MeasurePage his = MeasurePage.open(ruben, web, measureId);
        ruben.waitForSelector("#measure-status");
        assertThat(his.offersApproval()).as("an approve button for the one who confirmed").isFalse();

        // HQ safety approves it on the measures page.
        Page henk = patient(browser.desktop("nl-NL"));
        henk.navigate(web + "/measures?queue=awaiting-approval");
        new SignInPage(henk).signIn(AbusiveCallStory.APPROVER, StackClient.DEMO_PASSWORD);
        henk.waitForURL("**/measures?queue=awaiting-approval");
        MeasureQueuePage queue = MeasureQueuePage.shown(henk);
        assertThat(queue.ids()).contains(measureId);
        MeasurePage approval = queue.openMeasure(measureId);
        assertThat(approval.offersApproval()).isTrue();
        approval = approval.approve();
        assertThat(approval.status()).isIn("active", "approved");
        Checks.pageHolds(henk, "nl-closed-loop-approved");
        JsonNode approved = stack.get("sanction-service", "/api/measures/" + measureId,
                stack.userToken(AbusiveCallStory.APPROVER)).expect(200).body();
        assertThat(approved.path("approvedBy").asText()).isEqualTo(AbusiveCallStory.APPROVER)
                .isNotEqualTo(approved.path("proposal").path("proposedBy").asText());

        // The caller rings again: the call center's check at the start of the call says banned.
        JsonNode check = call.checkNextCall(measureId);
        assertThat(check.path("banned").asBoolean()).as("ban check at the start of the next call").isTrue();
        assertThat(check.path("measureId").asText()).isEqualTo(measureId);
    }

    /** Signing in goes through Keycloak; on a machine shared with other builds that can take longer than 20 s. */
    private static Page patient(Page page) {
        page.setDefaultTimeout(60_000);
        page.setDefaultNavigationTimeout(60_000);
        return page;
    }
}
