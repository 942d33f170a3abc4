package io.frontline.e2e.web;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.frontline.e2e.web.pages.Pages;
import io.frontline.e2e.web.pages.SignInPage;
import io.frontline.localstack.demo.StackClient;
import io.frontline.platform.security.IdentifierKind;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The door list (issue 20) in real headless Chromium on a tablet at the entrance: a manager describes a person under
 * an entry ban and adds a photo (through the API); a member of staff sees them on her site's door list with photo,
 * description, until when and what to do, and taps "seen at the door".
 */
class DoorListTest extends BrowserStory {
    private static final String EMPLOYEE = "emma.staff";
    private static final String MANAGER = "sanne.manager";
    private static final String HQ = "henk.hq";
    private static final int TABLET_WIDTH = 820;
    private static final int TABLET_HEIGHT = 1180;

    @Test
    void staff_at_the_entrance_recognise_a_banned_person_by_photo_and_description_and_report_them_seen_at_the_door() {
        String phone = "+3162" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
        String subjectKey = stack.subjectKey(IdentifierKind.PHONE, phone);
        String manager = stack.userToken(MANAGER);
        String measureId = stack.post("sanction-service", "/api/measures", manager, Map.of("type", "entry-ban",
                        "subjectKey", subjectKey, "site", "ams-centrum", "duration", "P1M",
                        "reason", "Threatened the cashier twice", "entry", Map.of("coverage", "sites",
                                "sites", List.of("ams-centrum"))))
                .expect(201).body().path("id").asText();
        stack.post("sanction-service", "/api/measures/" + measureId + "/approve", stack.userToken(HQ), Map.of())
                .expect(200);
        assertThat(put("/api/measures/" + measureId + "/door-profile", manager, "{\"description\":"
                + "\"Lange man, grijze capuchonjas, rode rugzak\",\"height\":\"ca. 1,90 m\",\"build\":\"breed\"}"))
                .isEqualTo(200);
        assertThat(uploadPhoto(measureId, manager)).isEqualTo(201);

        Page page = browser.desktop("nl-NL");
        page.setViewportSize(TABLET_WIDTH, TABLET_HEIGHT);
        page.setDefaultTimeout(60_000);
        page.setDefaultNavigationTimeout(60_000);
        page.navigate(web + "/home");
        new SignInPage(page).signIn(EMPLOYEE, StackClient.DEMO_PASSWORD);
        page.waitForURL("**/home");
        page.locator("#go-door").click();
        page.waitForURL("**/door");

        Locator item = page.locator(".door-item[data-measure='" + measureId + "']");
        assertThat(item.count()).as("the ban on her site's door list").isEqualTo(1);
        assertThat(item.locator(".door-description").textContent()).contains("grijze capuchonjas");
        assertThat(item.locator(".door-kind").textContent()).contains("Toegangsverbod");
        Locator photo = item.locator(".door-photos img");
        assertThat(photo.count()).isEqualTo(1);
        page.waitForFunction("el => el.complete && el.naturalWidth > 0", photo.elementHandle());
        assertThat(page.locator("#door-todo li").count()).as("what to do").isGreaterThanOrEqualTo(1);
        assertThat(page.content()).doesNotContain(subjectKey).doesNotContain(phone).doesNotContain("cashier");
        Checks.accessible(page, "nl-door-list (tablet)");
        Checks.fitsTheScreen(page, "nl-door-list (tablet)");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "nl-door-list-tablet.png"))
                .setFullPage(true));
        Checks.pageHolds(page, "nl-door-list");

        // The list reloads itself every minute; the checks above take longer than that on a busy machine, so tap on a
        // freshly loaded list rather than race its reload.
        page.navigate(web + "/door?site=ams-centrum");
        item.locator("button.door-seen").click();
        page.waitForURL(url -> url.contains("/door?site=ams-centrum&seen="));
        assertThat(page.locator("#seen-done").textContent()).contains("leidinggevende");
        assertThat(stack.get("sanction-service", "/api/measures/" + measureId + "/sightings", manager).expect(200)
                .body().size()).isEqualTo(1);

        Pages.chooseLanguage(page, "ja");
        // the language form answers with a redirect: wait for the page it leads to, not the one it left
        page.waitForFunction("() => document.documentElement.lang === 'ja'");
        page.setViewportSize(TABLET_WIDTH, TABLET_HEIGHT);
        assertThat(page.locator("html").getAttribute("lang")).isEqualTo("ja");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "ja-door-list-tablet.png"))
                .setFullPage(true));
        Checks.pageHolds(page, "ja-door-list");

        Page other = browser.phone("nl-NL");
        other.setDefaultTimeout(60_000);
        other.setDefaultNavigationTimeout(60_000);
        other.navigate(web + "/door");
        new SignInPage(other).signIn("daan.staff", StackClient.DEMO_PASSWORD);
        other.waitForURL("**/door");
        assertThat(other.locator(".door-item[data-measure='" + measureId + "']").count())
                .as("not on another site's door list").isZero();
        String photoPath = photo.getAttribute("src");
        assertThat(other.request().get(web + photoPath).status()).as("another site's staff: no photo").isEqualTo(404);
    }

    private static int put(String path, String token, String json) {
        return send(HttpRequest.newBuilder(URI.create(stack.settings().serviceUrl("sanction-service") + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    private static int uploadPhoto(String measureId, String token) {
        String boundary = "----door" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        try {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"lawfulBasis\"\r\n\r\n"
                    + "legitimate interest: repeated threats, entry ban\r\n--" + boundary
                    + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"photo.png\"\r\n"
                    + "Content-Type: image/png\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.write(png());
            body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return send(HttpRequest.newBuilder(URI.create(stack.settings().serviceUrl("sanction-service")
                        + "/api/measures/" + measureId + "/door-photos"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    private static int send(HttpRequest.Builder request) {
        try {
            return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A stand-in photo: a silhouette on a plain background. */
    private static byte[] png() {
        BufferedImage image = new BufferedImage(240, 320, BufferedImage.TYPE_INT_RGB);
        var g = image.getGraphics();
        g.setColor(new Color(0xdde3ea));
        g.fillRect(0, 0, 240, 320);
        g.setColor(new Color(0x55606e));
        g.fillOval(80, 40, 80, 90);
        g.fillRoundRect(50, 140, 140, 180, 40, 40);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
