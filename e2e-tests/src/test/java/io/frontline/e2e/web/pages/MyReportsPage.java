package io.frontline.e2e.web.pages;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** My reports: the employee's incidents with status and outcome. */
public final class MyReportsPage {
    private final Page page;

    public MyReportsPage(Page page) {
        this.page = page;
    }

    public static MyReportsPage open(Page page, String web) {
        page.navigate(web + "/staff/reports");
        return new MyReportsPage(page);
    }

    /** The status code of one report, or null when it is not listed. */
    public String statusOf(String reference) {
        Locator report = page.locator("li.report[data-reference='" + reference + "'] .badge");
        return report.count() == 0 ? null : report.getAttribute("data-status");
    }

    public String textOf(String reference) {
        return page.locator("li.report[data-reference='" + reference + "']").innerText();
    }
}
