package io.frontline.e2e.web;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

import java.nio.file.Path;
import java.util.List;

/**
 * Debian's headless Chromium driven by Playwright (no browser of Playwright's own is downloaded): one browser for
 * the run, a fresh context — cookies, storage — per person.
 */
public final class Browser implements AutoCloseable {
    public static final int PHONE_WIDTH = 390;
    public static final int PHONE_HEIGHT = 844;
    public static final int DESKTOP_WIDTH = 1280;
    public static final int DESKTOP_HEIGHT = 900;

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser browser;

    public Browser() {
        playwright = Playwright.create();
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Path.of(System.getProperty("frontline.chromium", "/usr/bin/chromium")))
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--no-first-run", "--disable-sync")));
    }

    /** A person on a phone (390×844, touch). */
    public Page phone(String acceptLanguage) {
        return context(new com.microsoft.playwright.Browser.NewContextOptions()
                .setViewportSize(PHONE_WIDTH, PHONE_HEIGHT).setIsMobile(true).setHasTouch(true)
                .setDeviceScaleFactor(2).setLocale(acceptLanguage)).newPage();
    }

    /** A person at a desk. */
    public Page desktop(String acceptLanguage) {
        return context(new com.microsoft.playwright.Browser.NewContextOptions()
                .setViewportSize(DESKTOP_WIDTH, DESKTOP_HEIGHT).setLocale(acceptLanguage)).newPage();
    }

    private BrowserContext context(com.microsoft.playwright.Browser.NewContextOptions options) {
        BrowserContext context = browser.newContext(options);
        context.setDefaultTimeout(20_000);
        return context;
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
