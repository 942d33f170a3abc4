package io.frontline.e2e.web.pages;

import com.microsoft.playwright.Page;

/** The public complaint form. */
public final class ComplaintFormPage {
    private final Page page;

    public ComplaintFormPage(Page page) {
        this.page = page;
    }

    public static ComplaintFormPage open(Page page, String web) {
        page.navigate(web + "/complaints/new");
        return new ComplaintFormPage(page);
    }

    public ComplaintFormPage site(String siteId) {
        page.selectOption("#site", siteId);
        return this;
    }

    public ComplaintFormPage category(String category) {
        page.locator("input[name='category'][value='" + category + "']").check();
        return this;
    }

    public ComplaintFormPage subject(String subject) {
        page.fill("#subject", subject);
        return this;
    }

    public ComplaintFormPage description(String description) {
        page.fill("#description", description);
        return this;
    }

    /** Text past the field's own limit, as a client without the page's limits could send it. */
    public ComplaintFormPage descriptionBeyondItsLimit(String description) {
        page.evaluate("() => document.getElementById('description').removeAttribute('maxlength')");
        page.fill("#description", description);
        return this;
    }

    public ComplaintFormPage email(String email) {
        page.fill("#email", email);
        return this;
    }

    public ComplaintFormPage answersIn(String language) {
        page.selectOption("#language", language);
        return this;
    }

    /** Removes the form's CSRF token, as a forged form from another site would lack it. */
    public ComplaintFormPage withoutItsToken() {
        page.evaluate("() => document.querySelectorAll(\"form[action='/complaints/new'] input[name='csrf-token']\")"
                + ".forEach(e => e.remove())");
        return this;
    }

    public FiledPage send() {
        page.locator("form[action='/complaints/new'] button[type='submit']").click();
        page.waitForLoadState();
        return new FiledPage(page);
    }

    public String fieldError(String field) {
        return page.locator("#" + field + "-error").innerText();
    }
}
