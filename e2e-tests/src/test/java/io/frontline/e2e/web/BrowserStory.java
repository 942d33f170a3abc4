package io.frontline.e2e.web;

import io.frontline.e2e.RunningStack;
import io.frontline.localstack.demo.StackClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What every browser story starts from: the one running stack (started once for all classes), its client, the web's
 * address, and a headless Chromium of the class's own, closed when the class is done.
 */
@ExtendWith(RunningStack.class)
abstract class BrowserStory {
    static Browser browser;
    static StackClient stack;
    static String web;

    @BeforeAll
    static void aBrowserOnTheRunningStack() {
        stack = RunningStack.client();
        web = RunningStack.stack().settings().webUrl();
        browser = new Browser();
    }

    @AfterAll
    static void closeTheBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }
}
