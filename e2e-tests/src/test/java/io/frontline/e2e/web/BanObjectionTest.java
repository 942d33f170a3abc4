package io.frontline.e2e.web;

import com.microsoft.playwright.Page;
import io.frontline.localstack.demo.StackClient;
import io.frontline.platform.security.IdentifierKind;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The customer's side of a ban (issue 17) in real headless Chromium: a customer who once filed a complaint in
 * Japanese is banned from a branch; the written notice reaches them by mail in Japanese with a reference and a
 * secret; on their phone they open the public page, see what the ban covers and object; the approver may not decide
 * the objection, a second person does, and the outcome reaches the customer by mail and on the page.
 */
class BanObjectionTest extends BrowserStory {
    private static final Pattern REFERENCE = Pattern.compile("参照番号：(BN-[2-9A-Z]{4}-[2-9A-Z]{4})");
    private static final Pattern SECRET = Pattern.compile("シークレット：(\\S+)");
    private static final Duration MAIL = Duration.ofSeconds(90);

    @Test
    void a_banned_customer_is_told_in_their_language_objects_online_and_hears_the_outcome() {
        String email = "yuki." + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999) + "@example.jp";
        stack.post("complaint-service", "/api/public/complaints", null, Map.of("site", "ams-centrum",
                "channel", "web", "category", "service", "subject", "対応について",
                "description", "店員の対応に不満があります。", "language", "ja",
                "contact", Map.of("email", email))).expect(201);
        String subjectKey = stack.subjectKey(IdentifierKind.EMAIL, email);

        String measureId = stack.post("sanction-service", "/api/measures", stack.userToken("noor.regional"),
                Map.of("type", "entry-ban", "subjectKey", subjectKey, "site", "ams-centrum", "duration", "P1M",
                        "reason", "Threatened the cashier", "entry", Map.of("coverage", "sites",
                                "sites", List.of("ams-centrum")))).expect(201).body().path("id").asText();
        stack.post("sanction-service", "/api/measures/" + measureId + "/approve", stack.userToken("sanne.manager"),
                Map.of()).expect(200);

        StackClient.Mail notice = stack.awaitMail(email, m -> m.subject().startsWith("入店禁止のお知らせ"), MAIL,
                "the written notice of the ban");
        String reference = find(REFERENCE, notice.text());
        String secret = find(SECRET, notice.text());
        assertThat(notice.text()).contains("/ban-notice").doesNotContain(subjectKey).doesNotContain("cashier");

        Page phone = browser.phone("ja-JP");
        phone.setDefaultTimeout(60_000);
        phone.setDefaultNavigationTimeout(60_000);
        phone.navigate(web + "/ban-notice");
        phone.locator("#reference").fill(reference);
        phone.locator("#secret").fill("not-the-secret");
        phone.locator("#ban-notice-open").click();
        phone.locator("#not-found").waitFor();
        assertThat(phone.url()).as("a wrong secret opens nothing").doesNotContain("/status");
        phone.locator("#reference").fill(reference);
        phone.locator("#secret").fill(secret);
        phone.locator("#ban-notice-open").click();
        phone.waitForURL("**/ban-notice/status");
        assertThat(phone.url()).doesNotContain(secret);
        assertThat(phone.locator("#ban-type").textContent()).contains("入店禁止");
        assertThat(phone.locator("#ban-covers").textContent()).contains("Amsterdam");
        Checks.accessible(phone, "ja-ban-notice (phone)");
        Checks.fitsTheScreen(phone, "ja-ban-notice (phone)");
        phone.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "ja-ban-notice.png"))
                .setFullPage(true));
        phone.locator("#grounds").fill("その日は店舗にいませんでした。別の人と間違えられています。");
        phone.locator("#objection-submit").click();
        phone.waitForURL(url -> url.contains("done=objection"));
        assertThat(phone.locator("#objection").getAttribute("data-outcome")).isEqualTo("pending");
        Checks.accessible(phone, "ja-ban-objection-filed (phone)");

        Page desktop = browser.desktop("nl-NL");
        desktop.setDefaultTimeout(60_000);
        desktop.navigate(web + "/ban-notice");
        desktop.locator("#reference").fill(reference);
        desktop.locator("#secret").fill(secret);
        desktop.locator("#ban-notice-open").click();
        desktop.waitForURL("**/ban-notice/status");
        assertThat(desktop.locator("#ban-type").textContent()).contains("Toegangsverbod");
        Checks.accessible(desktop, "nl-ban-notice (desktop)");
        desktop.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "nl-ban-notice.png"))
                .setFullPage(true));

        // The approver may not decide the objection against her own approval; HQ safety, a second person, does
        StackClient.Answer refused = stack.post("sanction-service", "/api/measures/" + measureId
                + "/objection/decision", stack.userToken("sanne.manager"), Map.of("outcome", "upheld",
                "reasonCode", "facts-confirmed", "reason", "Stands"));
        assertThat(refused.status()).isEqualTo(403);
        stack.post("sanction-service", "/api/measures/" + measureId + "/objection/decision",
                stack.userToken("henk.hq"), Map.of("outcome", "overturned", "reasonCode", "facts-not-established",
                        "reason", "De camerabeelden tonen een andere persoon")).expect(200);

        StackClient.Mail outcome = stack.awaitMail(email, m -> m.subject().equals("異議申立てに対する決定"), MAIL,
                "the outcome of the objection");
        // The reason in the customer's language, the decider's Dutch words marked as theirs
        assertThat(outcome.text()).contains("取り消されました", "禁止措置の根拠となった事実を確認できませんでした。",
                "決定者の言葉（原文のまま）：「De camerabeelden tonen een andere persoon」");
        phone.navigate(web + "/ban-notice/status");
        assertThat(phone.locator("#objection").getAttribute("data-outcome")).isEqualTo("overturned");
        assertThat(phone.locator("#ban-state").textContent()).contains("解除");
        assertThat(phone.locator("#objection-reason-code").textContent()).contains("事実を確認できませんでした");
        Checks.accessible(phone, "ja-ban-objection-decided (phone)");
        phone.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots",
                "ja-ban-objection-decided.png")).setFullPage(true));
    }

    private static String find(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        assertThat(m.find()).as("%s in the mail:%n%s", pattern, text).isTrue();
        return m.group(1);
    }
}
