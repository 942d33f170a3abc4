package io.frontline.e2e.web.pages;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** The frame every page shares: the language switch. */
public final class Pages {
    private Pages() {
    }

    /** The person picks a language with the switch in the page's header; the page comes back in it. */
    public static void chooseLanguage(Page page, String code) {
        page.locator("form.lang button[value='" + code + "']").click();
        page.waitForLoadState();
    }

    public static String heading(Page page) {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)).innerText();
    }
}
