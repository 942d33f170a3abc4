package io.frontline.e2e.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Page;
import io.frontline.e2e.web.pages.Pages;
import io.frontline.e2e.web.pages.SignInPage;
import io.frontline.localstack.demo.StackClient;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who critical alerts cannot page by SMS (issue 15, "Mobile paging") in real headless Chromium: the demo chain runs
 * no SMS gateway and its people have no mobile number, so its managers and HQ safety — whom critical live alerts and
 * critical escalations would page — are marked on the directory page and counted at the top; the count's link, by
 * keyboard, lists exactly them. On a phone in Dutch and Japanese, at a desk in English.
 */
class DirectorySmsPagingScreensTest extends BrowserStory {
    private static final String ADMIN = "ada.admin";

    @Test
    void an_administrator_sees_who_critical_alerts_reach_only_by_e_mail_and_in_the_app() {
        JsonNode missing = stack.get("notification-service", "/api/admin/directory?smsPaging=missing",
                stack.userToken(ADMIN)).expect(200).body();
        assertThat(missing.toString()).as("the managers the critical escalation policy climbs to")
                .contains("\"bram.manager\"", "\"noor.regional\"", "\"henk.hq\"")
                .doesNotContain("\"emma.staff\"", "\"hanna.hr\"", "\"mobile\"");

        Page page = browser.phone("nl-NL");
        page.setDefaultTimeout(60_000);
        page.setDefaultNavigationTimeout(60_000);
        page.navigate(web + "/home");
        new SignInPage(page).signIn(ADMIN, StackClient.DEMO_PASSWORD);
        page.waitForURL("**/home");
        Pages.chooseLanguage(page, "nl");
        page.waitForCondition(() -> "nl".equals(page.locator("html").getAttribute("lang")));
        page.navigate(web + "/admin/directory");
        assertThat(page.locator("#sms-missing-count").textContent())
                .contains(missing.size() + " personen die kritieke meldingen krijgen hebben geen mobiel nummer");
        assertThat(page.locator(".admin-person[data-id='bram.manager'] .sms-missing").textContent())
                .contains("Geen mobiel nummer", "alleen per e-mail en in de app");
        assertThat(page.locator(".admin-person[data-id='emma.staff'] .sms-missing").count()).isZero();
        Checks.pageHolds(page, "nl-admin-directory-sms");

        // the count leads to exactly them, by keyboard
        page.locator("#sms-missing-count a").focus();
        page.keyboard().press("Enter");
        page.waitForURL(url -> url.contains("status=no-mobile"));
        assertThat(page.locator(".admin-person").count()).isEqualTo(missing.size());
        assertThat(page.locator(".admin-person .sms-missing").count()).isEqualTo(missing.size());
        assertThat(page.locator("#status").inputValue()).isEqualTo("no-mobile");

        Pages.chooseLanguage(page, "ja");
        page.waitForCondition(() -> "ja".equals(page.locator("html").getAttribute("lang")));
        assertThat(page.locator("#sms-missing-count").textContent()).contains("携帯番号がありません");
        Checks.pageHolds(page, "ja-admin-directory-sms");

        Page desk = browser.desktop("en-GB");
        desk.setDefaultTimeout(60_000);
        desk.setDefaultNavigationTimeout(60_000);
        desk.navigate(web + "/admin/directory?status=no-mobile");
        new SignInPage(desk).signIn(ADMIN, StackClient.DEMO_PASSWORD);
        desk.waitForURL(url -> url.contains("/admin/directory"));
        Pages.chooseLanguage(desk, "en");
        desk.waitForCondition(() -> "en".equals(desk.locator("html").getAttribute("lang")));
        assertThat(desk.locator("#sms-missing-count").textContent())
                .contains("people who receive critical alerts have no mobile number");
        Checks.pageHolds(desk, "en-admin-directory-sms");
    }
}
