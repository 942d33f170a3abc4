package io.frontline.e2e.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import io.frontline.e2e.web.pages.EvidencePage;
import io.frontline.e2e.web.pages.Pages;
import io.frontline.e2e.web.pages.SignInPage;
import io.frontline.localstack.demo.StackClient;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Evidence through the pages (issue 13): a site manager uploads a photo from her phone, the service keeps it under
 * the fingerprint the test computes itself, she downloads it and the police package holds the statements and the
 * fingerprints; the manager of another site is refused.
 */
class EvidenceScreensTest extends BrowserStory {
    private static final String MANAGER = "sanne.manager";
    private static final String OTHER_SITES_MANAGER = "bram.manager";

    @Test
    void a_site_manager_uploads_a_photo_from_her_phone_downloads_it_and_the_police_package_while_another_sites_manager_is_refused()
            throws Exception {
        String manager = stack.userToken(MANAGER);
        JsonNode incident = stack.post("incident-service", "/api/incidents", stack.userToken("emma.staff"),
                Map.of("site", "ams-centrum",
                "types", List.of("threat"), "description", "Klant dreigde de caissière na een geweigerde retour."))
                .expect(201).body();
        String id = incident.path("id").asText();
        String statement = "Ik zag hoe hij over de balie leunde en haar bedreigde.";
        stack.post("incident-service", "/api/incidents/" + id + "/statements", manager,
                Map.of("authorRole", "witness", "text", statement)).expect(201);

        byte[] photo = new byte[200_000];
        new Random().nextBytes(photo);
        Path file = Files.createTempFile("kassa-", ".jpg");
        Files.write(file, photo);
        String fingerprint = sha256(photo);

        Page page = browser.phone("nl-NL");
        page.navigate(web + EvidencePage.path(id));
        new SignInPage(page).signIn(MANAGER, StackClient.DEMO_PASSWORD);
        page.waitForURL("**" + EvidencePage.path(id));
        page.setViewportSize(Browser.PHONE_WIDTH, Browser.PHONE_HEIGHT);
        EvidencePage evidence = new EvidencePage(page);
        assertThat(evidence.cameraOffered()).as("the phone's camera is offered").isTrue();
        Checks.pageHolds(page, "nl-evidence-empty");

        long begin = System.nanoTime();
        evidence.upload(file);
        System.out.printf("FIGURE evidence upload: %d KB from the phone's form to the fingerprint on screen in %d ms%n",
                photo.length / 1024, (System.nanoTime() - begin) / 1_000_000);
        assertThat(evidence.storedFingerprint()).as("the fingerprint the service computed").isEqualTo(fingerprint);
        assertThat(evidence.listedFingerprints()).contains(fingerprint);
        Checks.pageHolds(page, "nl-evidence-stored");

        JsonNode stored = stack.get("incident-service", "/api/incidents/" + id + "/evidence", manager).expect(200).body();
        assertThat(stored.findValuesAsText("sha256")).as("the stored hash").containsExactly(fingerprint);
        assertThat(stored.get(0).path("file").path("name").asText()).isEqualTo(file.getFileName().toString());

        Path downloaded = evidence.download(fingerprint);
        assertThat(sha256(Files.readAllBytes(downloaded))).as("the downloaded file").isEqualTo(fingerprint);

        Map<String, byte[]> zip = unzip(Files.readAllBytes(evidence.downloadPolicePackage()));
        String index = new String(zip.get("index.txt"), StandardCharsets.UTF_8);
        assertThat(index).contains(statement).contains(fingerprint).contains(incident.path("reference").asText());
        assertThat(zip).containsKey("index.pdf");
        assertThat(zip.keySet()).anyMatch(name -> name.startsWith("evidence/") && name.endsWith(".jpg"));

        // After the downloads the page's own language switch still works (the downloads left its form token alone).
        Pages.chooseLanguage(page, "en");
        page.waitForSelector("html[lang='en']");
        assertThat(page.url()).endsWith(EvidencePage.path(id));
        assertThat(new EvidencePage(page).listedFingerprints()).contains(fingerprint);

        String evidenceId = evidence.listedIdOf(fingerprint);
        Page other = browser.desktop("nl-NL");
        other.navigate(web + "/home");
        new SignInPage(other).signIn(OTHER_SITES_MANAGER, StackClient.DEMO_PASSWORD);
        for (String path : List.of(EvidencePage.path(id) + "/" + evidenceId + "/file", "/incidents/" + id + "/police-package",
                EvidencePage.path(id))) {
            Response refused = other.navigate(web + path);
            assertThat(refused.status()).as("%s for the manager of another site", path).isEqualTo(404);
            assertThat(other.content()).doesNotContain(fingerprint).doesNotContain(statement);
        }
        Checks.pageHolds(other, "nl-evidence-refused");

        // The same page for a Japanese manager's phone (her browser's language).
        Page japanese = browser.phone("ja-JP");
        japanese.navigate(web + EvidencePage.path(id));
        new SignInPage(japanese).signIn(MANAGER, StackClient.DEMO_PASSWORD);
        japanese.waitForURL("**" + EvidencePage.path(id));
        japanese.waitForSelector("html[lang='ja']");
        assertThat(Pages.heading(japanese)).startsWith("証拠");
        assertThat(new EvidencePage(japanese).listedFingerprints()).contains(fingerprint);
        Checks.pageHolds(japanese, "ja-evidence");

        List<String> readers = new ArrayList<>();
        for (JsonNode entry : stack.get("incident-service", "/api/incidents/" + id + "/audit", stack.userToken("henk.hq"))
                .expect(200).body()) {
            readers.add(entry.path("actor").asText() + ":" + entry.path("action").asText());
        }
        assertThat(readers).contains(MANAGER + ":read-evidence-file", MANAGER + ":police-package")
                .noneMatch(r -> r.startsWith(OTHER_SITES_MANAGER));
    }

    static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }

    static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }
}
