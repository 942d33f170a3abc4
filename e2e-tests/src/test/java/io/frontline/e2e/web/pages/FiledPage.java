package io.frontline.e2e.web.pages;

import com.microsoft.playwright.Page;

/** The answer to filing: reference and tracking code, shown once. */
public final class FiledPage {
    private final Page page;

    FiledPage(Page page) {
        this.page = page;
    }

    public String reference() {
        return page.locator("#reference").innerText().strip();
    }

    public String trackingCode() {
        return page.locator("#secret").innerText().strip();
    }

    /** The link that carries reference and code after '#' only. */
    public String trackingLink() {
        return (String) page.evaluate("() => document.getElementById('tracking-link').href");
    }

    public Page page() {
        return page;
    }
}
