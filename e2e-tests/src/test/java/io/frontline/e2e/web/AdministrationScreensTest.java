package io.frontline.e2e.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.frontline.e2e.web.pages.Pages;
import io.frontline.e2e.web.pages.SignInPage;
import io.frontline.localstack.demo.StackClient;
import org.junit.jupiter.api.Test;

import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Administration (issue 14) in real headless Chromium: Ada, the administrator, adds a person to the directory (a bad
 * e-mail address is refused next to its field and nothing is saved), changes them, deactivates them (the directory then
 * holds them as inactive), and reads the configuration in force — a site's time zone, an escalation level's wait, a
 * ladder step, a detection threshold — each page as the service that applies it answers. A manager is refused the
 * administration pages.
 */
class AdministrationScreensTest extends BrowserStory {
    private static final String ADMIN = "ada.admin";

    @Test
    void an_administrator_keeps_the_directory_and_reads_the_configuration_in_force_without_yaml() {
        String id = "wim.beheer" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
        String admin = stack.userToken(ADMIN);

        Page page = browser.desktop("en-GB");
        page.setDefaultTimeout(60_000);
        page.setDefaultNavigationTimeout(60_000);
        page.navigate(web + "/home");
        new SignInPage(page).signIn(ADMIN, StackClient.DEMO_PASSWORD);
        page.waitForURL("**/home");
        Pages.chooseLanguage(page, "en");
        page.waitForCondition(() -> "en".equals(page.locator("html").getAttribute("lang")));
        page.locator("#go-directory").click();
        page.waitForURL("**/admin/directory");
        Checks.accessible(page, "en-admin-directory");

        // a bad e-mail address: the message stands next to the field, and nothing is saved
        page.locator("#add-person").click();
        page.waitForURL("**/admin/directory/new");
        page.locator("#id").fill(id);
        page.locator("#name").fill("Wim Beheer");
        page.locator("#email").fill("not-an-address");
        page.locator("#site-ams-centrum").check();
        page.locator("#person-save").click();
        page.waitForCondition(() -> page.locator("#email-error").count() == 1);
        assertThat(page.locator("#email-error").textContent()).contains("e-mail address");
        assertThat(page.locator("#email").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(page.locator("#name").inputValue()).as("what was typed stays").isEqualTo("Wim Beheer");
        assertThat(stack.get("notification-service", "/api/directory/people/" + id, admin).status())
                .as("nothing saved").isEqualTo(404);
        Checks.accessible(page, "en-admin-person-refused");
        Checks.pictures(page, "en-admin-person-refused");

        page.locator("#email").fill(id + "@demo-retail.example");
        page.locator("#person-save").click();
        page.waitForURL(url -> url.contains("done=added"));
        assertThat(page.locator("#directory-done").textContent()).contains(id);
        assertThat(stack.get("notification-service", "/api/directory/people/" + id, admin).expect(200).body()
                .path("sites").toString()).contains("ams-centrum");

        // change them: from the list, by keyboard
        page.locator("#q").fill(id);
        page.locator("#q").press("Enter");
        page.waitForURL(url -> url.contains("q=" + id));
        assertThat(page.locator(".admin-person").count()).isEqualTo(1);
        page.locator(".admin-person[data-id='" + id + "'] h2 a").click();
        page.waitForURL("**/admin/directory/people/" + id);
        assertThat(page.locator("#id").getAttribute("readonly")).isNotNull();
        page.locator("#name").fill("Wim van Beheer");
        page.locator("#role-site-manager").check();
        page.locator("#person-save").click();
        page.waitForURL(url -> url.contains("done=changed"));
        JsonNode changed = stack.get("notification-service", "/api/directory/people/" + id, admin).expect(200).body();
        assertThat(changed.path("name").asText()).isEqualTo("Wim van Beheer");
        assertThat(changed.path("roles").toString()).contains("site-manager");

        // deactivate them: the directory holds them as inactive, and routing no longer sees them
        page.navigate(web + "/admin/directory?q=" + id);
        page.locator(".admin-person[data-id='" + id + "'] button.admin-status").click();
        page.waitForURL(url -> url.contains("done=deactivated"));
        assertThat(page.locator(".admin-person[data-id='" + id + "']").getAttribute("data-active")).isEqualTo("false");
        JsonNode roster = stack.get("notification-service", "/api/admin/directory?q=" + id, admin).expect(200).body();
        assertThat(roster.get(0).path("active").asBoolean()).isFalse();
        assertThat(stack.get("notification-service", "/api/directory/people", admin).expect(200).body().toString())
                .as("the directory routing reads").doesNotContain("\"" + id + "\"");
        Checks.pageHolds(page, "en-admin-directory");

        // the configuration in force, each from its service, with values that are in the files
        page.locator("#go-configuration").click();
        page.waitForURL("**/admin/configuration");
        assertThat(page.locator("#sites tbody tr").filter(new Locator.FilterOptions().setHasText("ams-centrum")).textContent()).contains("Europe/Amsterdam");
        Checks.accessible(page, "en-admin-organisation");
        page.locator("#config-escalation").click();
        page.waitForURL("**/admin/configuration/escalation");
        assertThat(page.locator("#policy-critical tbody tr").first().textContent()).contains("site-manager")
                .contains("5 min");
        Checks.accessible(page, "en-admin-escalation");
        page.locator("#config-routing").click();
        page.waitForURL("**/admin/configuration/routing");
        assertThat(page.locator("#routing-rules").textContent()).contains("frontline.complaint.received.v1");
        Checks.accessible(page, "en-admin-routing");
        page.locator("#config-ladder").click();
        page.waitForURL("**/admin/configuration/ladder");
        assertThat(page.locator("#ladder-steps tbody tr").first().textContent()).contains("1 month");
        Checks.accessible(page, "en-admin-ladder");
        page.locator("#config-detection").click();
        page.waitForURL("**/admin/configuration/detection");
        assertThat(page.locator("#detection-rules tbody tr")
                .filter(new Locator.FilterOptions().setHasText("threatening-language"))
                .textContent())
                .contains("3");
        assertThat(page.locator("#detection-settings").textContent()).contains("30 min");
        Checks.pageHolds(page, "en-admin-detection");

        // in Dutch and Japanese, on a phone and at a desk
        Pages.chooseLanguage(page, "nl");
        page.waitForCondition(() -> "nl".equals(page.locator("html").getAttribute("lang")));
        Checks.pageHolds(page, "nl-admin-detection");
        page.navigate(web + "/admin/directory?q=" + id);
        Checks.pageHolds(page, "nl-admin-directory");
        page.navigate(web + "/admin/directory/people/" + id);
        assertThat(page.locator("#person-inactive").count()).as("the form says they are inactive").isEqualTo(1);
        Checks.pageHolds(page, "nl-admin-person");
        Pages.chooseLanguage(page, "ja");
        page.waitForCondition(() -> "ja".equals(page.locator("html").getAttribute("lang")));
        Checks.pageHolds(page, "ja-admin-person");
        page.navigate(web + "/admin/directory?q=" + id);
        Checks.pageHolds(page, "ja-admin-directory");
        page.navigate(web + "/admin/configuration/escalation");
        Checks.pageHolds(page, "ja-admin-escalation");

        // a manager is refused the administration pages, and sees no card for them
        Page manager = browser.phone("nl-NL");
        manager.setDefaultTimeout(60_000);
        manager.setDefaultNavigationTimeout(60_000);
        manager.navigate(web + "/home");
        new SignInPage(manager).signIn("sanne.manager", StackClient.DEMO_PASSWORD);
        manager.waitForURL("**/home");
        assertThat(manager.locator("#go-directory").count()).isZero();
        assertThat(manager.locator("#go-configuration").count()).isZero();
        for (String path : new String[]{"/admin/directory", "/admin/directory/new", "/admin/directory/people/" + id,
                "/admin/configuration/organisation", "/admin/configuration/ladder", "/admin/configuration/detection"}) {
            assertThat(manager.request().get(web + path).status()).as(path).isEqualTo(403);
        }
    }
}
