package io.frontline.e2e.web.pages;

import com.microsoft.playwright.Page;

import java.util.ArrayList;
import java.util.List;

/** Today, the manager's home: sections of what needs the person, most urgent first, each line a link to act. */
public final class TodayPage {
    private final Page page;

    private TodayPage(Page page) {
        this.page = page;
    }

    /** From home: Today is the first card for managers, HQ safety and supervisors. */
    public static TodayPage fromHome(Page page) {
        page.locator("ul.cards > li").first().locator("#go-today").click();
        page.waitForURL("**/today");
        return shown(page);
    }

    public static TodayPage open(Page page, String web) {
        page.navigate(web + "/today");
        return page.url().contains("/realms/") ? null : shown(page);
    }

    public static TodayPage shown(Page page) {
        page.waitForSelector("section.today-section");
        return new TodayPage(page);
    }

    public Page page() {
        return page;
    }

    /** The sections' keys in the order shown. */
    public List<String> sections() {
        List<String> keys = new ArrayList<>();
        page.locator("section.today-section").all().forEach(s -> keys.add(s.getAttribute("data-key")));
        return keys;
    }

    public boolean failed(String section) {
        return "true".equals(page.locator("#today-" + section).getAttribute("data-failed"));
    }

    /** The links of a section's lines, in order. */
    public List<String> links(String section) {
        List<String> links = new ArrayList<>();
        page.locator("#today-" + section + " li.today-item a").all().forEach(a -> links.add(a.getAttribute("href")));
        return links;
    }

    /** The lines of a section as text (title, where, age), in order. */
    public List<String> lines(String section) {
        return page.locator("#today-" + section + " li.today-item").allInnerTexts();
    }

    /** The urgency of each line of a section, in order (now, overdue, soon, waiting). */
    public List<String> urgencies(String section) {
        List<String> urgencies = new ArrayList<>();
        page.locator("#today-" + section + " li.today-item").all()
                .forEach(li -> urgencies.add(li.getAttribute("data-urgency")));
        return urgencies;
    }

    /** Follows the line that links to {@code href}. */
    public void act(String section, String href) {
        page.locator("#today-" + section + " li.today-item a[href='" + href + "']").click();
        page.waitForURL("**" + href);
    }
}
