package io.frontline.e2e.web.pages;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** One complaint as its handler works on it: the steps, the conduct assessment, the timeline. */
public final class ComplaintScreen {
    private final Page page;

    public ComplaintScreen(Page page) {
        this.page = page;
    }

    public String status() {
        return page.locator("#status").getAttribute("data-status");
    }

    public String statusLabel() {
        return page.locator("#status").innerText();
    }

    public String assignee() {
        return page.locator("#assignee").innerText();
    }

    public boolean offers(String buttonId) {
        return page.locator("#" + buttonId).count() > 0;
    }

    public ComplaintScreen press(String buttonId) {
        page.locator("#" + buttonId).click();
        page.waitForLoadState();
        return this;
    }

    public ComplaintScreen acknowledge() {
        return press("step-acknowledge");
    }

    public ComplaintScreen takeIntoHandling() {
        return press("step-start");
    }

    public ComplaintScreen assignToMe() {
        return press("assign-me");
    }

    public ComplaintScreen askComplainant(String question) {
        page.fill("#ask-text", question);
        return press("ask-submit");
    }

    public ComplaintScreen resolve(String answer) {
        page.fill("#resolve-text", answer);
        return press("resolve-submit");
    }

    public ComplaintScreen reject(String grounds) {
        page.fill("#reject-reason", grounds);
        return press("reject-submit");
    }

    /** Records a judgement of demand and manner with a reason (indicators by their wire names). */
    public ComplaintScreen assessConduct(String demand, String manner, String reason, String... indicators) {
        page.locator("#conduct-form input[name=demand][value='" + demand + "']").check();
        page.locator("#conduct-form input[name=manner][value='" + manner + "']").check();
        for (String indicator : indicators) {
            page.locator("#conduct-form input[name=indicators][value='" + indicator + "']").check();
        }
        page.fill("#conduct-reason", reason);
        return press("conduct-submit");
    }

    public ComplaintScreen approveReassessment() {
        return press("approve-reassessment");
    }

    /** What the page confirms after a step, or null. */
    public String confirmation() {
        Locator done = page.locator("#done");
        return done.count() == 0 ? null : done.innerText();
    }

    /** The refusal at the top of the page (our words and the service's), or null. */
    public String refusal() {
        Locator refusal = page.locator("#refusal");
        return refusal.count() == 0 ? null : refusal.innerText();
    }

    public String demandAssessed() {
        Locator current = page.locator("#conduct-current");
        return current.count() == 0 ? null : current.getAttribute("data-demand");
    }

    public boolean reassessmentPending() {
        return page.locator("#pending-reassessment").count() > 0;
    }

    public String screening() {
        return page.locator("#screening").innerText();
    }

    public String timeline() {
        return page.locator("#timeline").innerText();
    }

    public String mainText() {
        return page.locator("main").innerText();
    }
}
