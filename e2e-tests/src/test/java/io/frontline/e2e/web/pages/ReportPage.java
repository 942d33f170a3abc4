package io.frontline.e2e.web.pages;

import com.microsoft.playwright.Page;

/** The employee's incident report; counts the person's interactions on it. */
public final class ReportPage {
    private final Page page;
    private int interactions;

    public ReportPage(Page page) {
        this.page = page;
    }

    public static String path() {
        return "/staff/report";
    }

    public ReportPage tapType(String type) {
        page.locator("input[name='type'][value='" + type + "']").locator("xpath=..").click();
        interactions++;
        return this;
    }

    public ReportPage describe(String text) {
        page.fill("#description", text);
        interactions++;
        return this;
    }

    public ReportPage inDangerNow() {
        page.locator("#danger").check();
        interactions++;
        return this;
    }

    public String preselectedSite() {
        return page.locator("input[name='site']").getAttribute("value");
    }

    public ReportedPage send() {
        page.locator("#send-report").click();
        interactions++;
        page.waitForSelector("#reference");
        return new ReportedPage(page);
    }

    public int interactions() {
        return interactions;
    }
}
