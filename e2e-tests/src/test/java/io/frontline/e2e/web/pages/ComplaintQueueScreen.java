package io.frontline.e2e.web.pages;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import java.util.List;

/** The handler's complaint queue: the filter form (GET) and the lines. */
public final class ComplaintQueueScreen {
    public static final String PATH = "/handling/complaints";
    private final Page page;

    public ComplaintQueueScreen(Page page) {
        this.page = page;
    }

    public static ComplaintQueueScreen open(Page page, String web) {
        page.navigate(web + PATH);
        return new ComplaintQueueScreen(page);
    }

    /** Looks for one reference with the filter form, whatever its status. */
    public ComplaintQueueScreen findReference(String reference) {
        Locator filter = page.locator("details.queue-filter");
        if (filter.getAttribute("open") == null) {
            page.locator("details.queue-filter summary").click();
        }
        page.selectOption("#f-status", "all");
        page.fill("#f-reference", reference);
        page.locator("#filter-apply").click();
        page.waitForLoadState();
        return this;
    }

    public List<String> references() {
        return page.locator("#queue li.queue-item").all().stream().map(l -> l.getAttribute("data-reference")).toList();
    }

    public boolean saysNothingMatches() {
        return page.locator("#queue-empty").isVisible();
    }

    public ComplaintScreen open(String reference) {
        page.locator("li.queue-item[data-reference='" + reference + "'] a.queue-ref").click();
        page.waitForLoadState();
        return new ComplaintScreen(page);
    }
}
