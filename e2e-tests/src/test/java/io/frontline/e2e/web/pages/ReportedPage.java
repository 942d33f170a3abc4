package io.frontline.e2e.web.pages;

import com.microsoft.playwright.Page;

/** The confirmation of a report: reference and what happens next. */
public final class ReportedPage {
    private final Page page;

    ReportedPage(Page page) {
        this.page = page;
    }

    public String reference() {
        return page.locator("#reference").innerText().strip();
    }

    public String whatHappensNext() {
        return page.locator("ul.next").innerText();
    }
}
