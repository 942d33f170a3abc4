package io.frontline.e2e.web.pages;

import com.microsoft.playwright.Page;

/** Where the one-click link of an escalation notice lands: what it would acknowledge, and the confirmation. */
public final class AcknowledgeLinkPage {
    private final Page page;

    private AcknowledgeLinkPage(Page page) {
        this.page = page;
    }

    public static AcknowledgeLinkPage follow(Page page, String link) {
        page.navigate(link);
        return new AcknowledgeLinkPage(page);
    }

    public String reference() {
        return page.locator("#link-reference").innerText();
    }

    public String inTheNameOf() {
        return page.locator("#link-for").innerText();
    }

    /** The page's own CSRF field, as the form carries it. */
    public String csrfField(String name) {
        return page.locator("#confirm-form input[name='" + name + "']").getAttribute("value");
    }

    public String confirm() {
        page.locator("#confirm").click();
        page.waitForSelector("#link-done");
        return page.locator("#link-done").innerText();
    }
}
