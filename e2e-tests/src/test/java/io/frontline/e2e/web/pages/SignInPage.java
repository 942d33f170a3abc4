package io.frontline.e2e.web.pages;

import com.microsoft.playwright.Page;

/** Keycloak's sign-in form, where the web sends a person who is not signed in. */
public final class SignInPage {
    private final Page page;

    public SignInPage(Page page) {
        this.page = page;
    }

    public boolean shown() {
        page.waitForSelector("#username");
        return page.locator("#username").isVisible();
    }

    public void signIn(String username, String password) {
        page.fill("#username", username);
        page.fill("#password", password);
        page.locator("#kc-login").click();
        page.waitForLoadState();
    }
}
