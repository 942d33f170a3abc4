package io.frontline.e2e.web.pages;

import com.microsoft.playwright.Page;

/** The complainant's view of their complaint: status, messages, reply, reopen, escalation. */
public final class ComplaintStatusPage {
    private final Page page;

    public ComplaintStatusPage(Page page) {
        this.page = page;
    }

    public ComplaintStatusPage reload() {
        page.reload();
        return this;
    }

    /** The status code the badge shows (its words are in the reader's language). */
    public String status() {
        return page.locator("#status").getAttribute("data-status");
    }

    public String statusLabel() {
        return page.locator("#status").innerText();
    }

    public boolean waitingForMe() {
        return page.locator("#waiting").count() > 0;
    }

    public String messages() {
        return page.locator("#messages").innerText();
    }

    public String mainText() {
        return page.locator("main").innerText();
    }

    public ComplaintStatusPage reply(String text) {
        page.fill("#reply-text", text);
        page.locator("form[action='/complaints/status/reply'] button[type='submit']").click();
        page.waitForLoadState();
        return this;
    }

    public ComplaintStatusPage askEscalation(String level, String reason) {
        page.locator("input[name='level'][value='" + level + "']").check();
        page.fill("#escalate-reason", reason);
        page.locator("form[action='/complaints/status/escalation'] button[type='submit']").click();
        page.waitForLoadState();
        return this;
    }

    public String confirmation() {
        return page.locator("p.success").innerText();
    }

    public Page page() {
        return page;
    }
}
