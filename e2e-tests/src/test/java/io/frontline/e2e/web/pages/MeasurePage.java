package io.frontline.e2e.web.pages;

import com.microsoft.playwright.Page;

/** A measure's page: its rule, explanation and history, and the approval — or the reason why not. */
public final class MeasurePage {
    private final Page page;

    private MeasurePage(Page page) {
        this.page = page;
    }

    public static MeasurePage open(Page page, String web, String measureId) {
        page.navigate(web + "/measures/" + measureId);
        return new MeasurePage(page);
    }

    public static MeasurePage shown(Page page) {
        return new MeasurePage(page);
    }

    public String status() {
        return page.locator("#measure-status").getAttribute("data-status");
    }

    public boolean offersApproval() {
        return page.locator("#approve").count() > 0;
    }

    public String whyNot() {
        return page.locator("#why-not").innerText();
    }

    public String rule() {
        return page.locator("#rule").innerText();
    }

    public String explanation() {
        return page.locator("#explanation").innerText();
    }

    public MeasurePage approve() {
        page.locator("#approve").click();
        page.waitForSelector("#done");
        return this;
    }

    public String done() {
        return page.locator("#done").innerText();
    }
}
