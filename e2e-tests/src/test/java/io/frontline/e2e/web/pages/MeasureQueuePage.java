package io.frontline.e2e.web.pages;

import com.microsoft.playwright.Page;

import java.util.List;

/** A measures work queue (awaiting approval, active, expiring, objections pending). */
public final class MeasureQueuePage {
    private final Page page;

    private MeasureQueuePage(Page page) {
        this.page = page;
    }

    public static MeasureQueuePage open(Page page, String web, String queue) {
        page.navigate(web + "/measures?queue=" + queue);
        return new MeasureQueuePage(page);
    }

    public static MeasureQueuePage shown(Page page) {
        return new MeasureQueuePage(page);
    }

    /** The measures listed on this page (the first page of the queue). */
    public List<String> ids() {
        return page.locator("#measures li[data-id]").all().stream().map(l -> l.getAttribute("data-id")).toList();
    }

    public MeasurePage openMeasure(String id) {
        page.locator("#measures li[data-id='" + id + "'] a").first().click();
        page.waitForSelector("#measure-status");
        return MeasurePage.shown(page);
    }
}
