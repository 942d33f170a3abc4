package io.frontline.e2e.web.pages;

import com.microsoft.playwright.Page;

/** Tracking: reference and code in, the complaint's status page out. */
public final class TrackPage {
    private final Page page;

    private TrackPage(Page page) {
        this.page = page;
    }

    public static TrackPage open(Page page, String web) {
        page.navigate(web + "/complaints/track");
        return new TrackPage(page);
    }

    public ComplaintStatusPage track(String reference, String code) {
        page.fill("#reference", reference);
        page.fill("#secret", code);
        page.locator("#track-form button[type='submit']").click();
        page.waitForLoadState();
        return new ComplaintStatusPage(page);
    }

    /** The link from the confirmation: the page reads the code from the fragment and shows the complaint. */
    public static ComplaintStatusPage follow(Page page, String trackingLink) {
        page.navigate(trackingLink);
        page.waitForURL("**/complaints/status**");
        return new ComplaintStatusPage(page);
    }
}
