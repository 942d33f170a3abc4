package io.frontline.e2e.web.pages;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import java.nio.file.Path;
import java.util.List;

/** An incident's evidence: the upload form, the list with fingerprints, downloads and the police package. */
public final class EvidencePage {
    private final Page page;

    public EvidencePage(Page page) {
        this.page = page;
    }

    public static String path(String incidentId) {
        return "/incidents/" + incidentId + "/evidence";
    }

    /** Chooses a file (not the camera) and uploads it; the page comes back with the stored fingerprint. */
    public EvidencePage upload(Path file) {
        page.locator("#evidence-file").setInputFiles(file);
        page.locator("#upload-evidence").click();
        page.waitForLoadState();
        return this;
    }

    /** The SHA-256 the service computed for the file just uploaded, as the confirmation shows it. */
    public String storedFingerprint() {
        return page.locator("#stored-sha256").innerText().strip();
    }

    public List<String> listedFingerprints() {
        return page.locator("li.evidence-item").all().stream().map(l -> l.getAttribute("data-sha256")).toList();
    }

    public String listedIdOf(String sha256) {
        return page.locator("li.evidence-item[data-sha256='" + sha256 + "']").getAttribute("id").substring("evidence-".length());
    }

    /** Taps the download of the listed file with this fingerprint; where the browser saved it. */
    public Path download(String sha256) {
        Locator link = page.locator("li.evidence-item[data-sha256='" + sha256 + "'] a.download");
        Download download = page.waitForDownload(link::click);
        return download.path();
    }

    public Path downloadPolicePackage() {
        Download download = page.waitForDownload(() -> page.locator("#police-package").click());
        return download.path();
    }

    public boolean cameraOffered() {
        Locator camera = page.locator("#evidence-camera");
        return camera.count() == 1 && camera.getAttribute("capture") != null;
    }
}
