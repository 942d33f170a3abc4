package io.frontline.e2e.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ViewportSize;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every page must hold to: axe-core finds no serious or critical violation (WCAG 2.2 AA rules), nothing
 * scrolls sideways on a phone; and its picture, on a phone and at a desk, under {@code target/screenshots}.
 */
public final class Checks {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String AXE = axeScript();
    private static final Path SHOTS = Path.of("target", "screenshots");

    private Checks() {
    }

    /** axe-core, evaluated in the page (by the browser's debugging protocol, so the page's CSP stays as it is). */
    public static void accessible(Page page, String what) {
        if (!(Boolean) page.evaluate("() => typeof window.axe !== 'undefined'")) {
            page.evaluate(AXE);
        }
        String result = (String) page.evaluate("async () => { const r = await axe.run(document, {"
                + " runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']},"
                + " resultTypes: ['violations'] });"
                + " return JSON.stringify(r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')"
                + " .map(v => ({id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map(n => n.target.join(' '))}))); }");
        try {
            JsonNode violations = JSON.readTree(result);
            assertThat(violations.size()).as("serious or critical axe violations on %s (%s): %s", what, page.url(),
                    violations.toPrettyString()).isZero();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Nothing wider than the screen: the page does not scroll sideways. */
    public static void fitsTheScreen(Page page, String what) {
        Number scroll = (Number) page.evaluate("() => document.documentElement.scrollWidth");
        Number client = (Number) page.evaluate("() => document.documentElement.clientWidth");
        assertThat(scroll.intValue()).as("width of %s on %d px", what, client.intValue()).isLessThanOrEqualTo(client.intValue());
    }

    /** axe, the phone's width, and pictures on a phone and at a desk. */
    public static void pageHolds(Page page, String name) {
        accessible(page, name);
        pictures(page, name);
    }

    /** The phone's width and pictures only: for a page that is not ours (Keycloak's sign-in). */
    public static void pictures(Page page, String name) {
        ViewportSize before = page.viewportSize();
        page.setViewportSize(Browser.PHONE_WIDTH, Browser.PHONE_HEIGHT);
        fitsTheScreen(page, name);
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve(name + "-phone.png")).setFullPage(true));
        page.setViewportSize(Browser.DESKTOP_WIDTH, Browser.DESKTOP_HEIGHT);
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve(name + "-desktop.png")).setFullPage(true));
        page.setViewportSize(before.width, before.height);
    }

    private static String axeScript() {
        try (InputStream in = Checks.class.getResourceAsStream("/META-INF/resources/webjars/axe-core/" + System.getProperty("frontline.axe.version", "4.6.3") + "/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe-core's script is not on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
