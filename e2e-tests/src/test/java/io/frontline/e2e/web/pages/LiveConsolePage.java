package io.frontline.e2e.web.pages;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;

import java.util.List;

/** The floor supervisor's live console: the alerts as they arrive, and the actions on each. */
public final class LiveConsolePage {
    private final Page page;
    private final List<String> trouble = new java.util.concurrent.CopyOnWriteArrayList<>();

    private LiveConsolePage(Page page) {
        this.page = page;
        page.onConsoleMessage(m -> {
            if ("error".equals(m.type()) || "warning".equals(m.type())) {
                trouble.add("console " + m.type() + ": " + m.text());
            }
        });
        page.onRequestFailed(r -> trouble.add("request failed: " + r.url() + " " + r.failure()));
        page.onResponse(r -> {
            if (r.url().contains("/console") && r.status() >= 300) {
                trouble.add("response " + r.status() + " " + r.url());
            }
        });
    }

    /** Opens the console; a person who is not signed in is sent to sign in first. */
    public static LiveConsolePage open(Page page, String web, String username, String password) {
        page.navigate(web + "/console");
        if (page.url().contains("/realms/")) {
            new SignInPage(page).signIn(username, password);
        }
        return on(page);
    }

    public static LiveConsolePage on(Page page) {
        LiveConsolePage console = new LiveConsolePage(page);
        console.awaitState("live");
        return console;
    }

    public Page page() {
        return page;
    }

    /** Waits until the connection state shown is {@code state} (live, reconnecting, offline). */
    public LiveConsolePage awaitState(String state) {
        try {
            page.waitForSelector("#console-status[data-state='" + state + "']");
        } catch (RuntimeException e) {
            Object seen = page.evaluate("() => { const s = document.getElementById('console-status');"
                    + " return (s ? s.getAttribute('data-state') : 'no console') + ' | ' + document.title + ' | '"
                    + " + (document.querySelector('main') || document.body).innerText.slice(0, 300); }");
            throw new AssertionError("the console did not become " + state + " at " + page.url() + " (" + seen
                    + "): " + trouble, e);
        }
        return this;
    }

    public String state() {
        return page.locator("#console-status").getAttribute("data-state");
    }

    /** The alert of the call, once it is on the screen. */
    public Locator awaitAlert(String callId) {
        return page.waitForSelector(alert(callId)) == null ? null : page.locator(alert(callId));
    }

    /** When the alert of the call reached the screen, on the page's clock (ms since the epoch). */
    public long shownAt(String callId) {
        page.waitForSelector(alert(callId) + "[data-shown-at]");
        return Long.parseLong(page.locator(alert(callId)).getAttribute("data-shown-at"));
    }

    public boolean shows(String callId) {
        return page.locator(alert(callId)).count() > 0;
    }

    public String rules(String callId) {
        return page.locator(alert(callId) + " [data-field='rules']").innerText();
    }

    public List<String> lines(String callId) {
        return page.locator(alert(callId) + " [data-field='lines'] li").allInnerTexts();
    }

    /** The caller's history and measures, once loaded. */
    public String callerHistory(String callId) {
        page.waitForSelector(alert(callId) + " [data-field='caller'] .caller-summary");
        return page.locator(alert(callId) + " [data-field='caller']").innerText();
    }

    public String announced() {
        return page.locator("#console-announcer").textContent();
    }

    public String takeOver(String callId) {
        page.locator(alert(callId) + " button[data-do='takeover']").click();
        return outcome("taken-over");
    }

    public String confirm(String callId) {
        page.locator(alert(callId) + " button[data-do='confirm']").click();
        return outcome("confirmed");
    }

    public String dismiss(String callId, String reason) {
        page.locator(alert(callId) + " textarea[name='reason']").fill(reason);
        page.locator(alert(callId) + " button[data-do='dismiss']").click();
        return outcome("dismissed");
    }

    /** The console again after the action, saying what happened (or why not). */
    private String outcome(String done) {
        page.waitForURL(url -> url.contains("done=" + done) || url.contains("refused="));
        page.waitForLoadState();
        page.waitForSelector("#console-done, #console-refused");
        awaitState("live");
        return page.locator("#console-done, #console-refused").innerText();
    }

    public void awaitGone(String callId) {
        page.waitForSelector(alert(callId), new Page.WaitForSelectorOptions().setState(WaitForSelectorState.DETACHED));
    }

    private static String alert(String callId) {
        return "#alerts li[data-call-id='" + callId + "']";
    }
}
