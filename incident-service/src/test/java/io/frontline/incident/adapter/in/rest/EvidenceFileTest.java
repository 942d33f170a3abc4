package io.frontline.incident.adapter.in.rest;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static io.frontline.incident.Reports.count;
import static io.frontline.incident.Reports.report;
import static io.frontline.incident.Reports.statement;
import static io.frontline.platform.testing.infra.Tokens.bearer;
import static io.frontline.platform.testing.infra.Tokens.user;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * Evidence files kept by the service (issue 13): hashed by the service, kept unchanged, read back only by those who
 * may read the incident's evidence and every read audited; too large or of the wrong type refused and nothing kept;
 * the police handover package holds the statements and the evidence hashes. The tests' limit is 1 MB
 * ({@code %test.frontline.evidence.max-file-size}).
 */
@QuarkusTest
class EvidenceFileTest {
    @Inject
    AgroalDataSource dataSource;

    static byte[] bytes(int size) {
        byte[] content = new byte[size];
        new Random().nextBytes(content);
        return content;
    }

    static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }

    static Response upload(String user, String incidentId, byte[] content, String fileName, String contentType) {
        return given().header("Authorization", bearer(user(user)))
                .multiPart("file", fileName, content, contentType)
                .post("/api/incidents/" + incidentId + "/evidence/files");
    }

    private long evidenceRows(String incidentId) {
        return count(dataSource, "SELECT count(*) FROM incident_evidence WHERE incident_id = ?", UUID.fromString(incidentId));
    }

    private long fileReads(String incidentId) {
        return count(dataSource, "SELECT count(*) FROM incident_audit WHERE incident_id = ? AND action = 'read-evidence-file'",
                UUID.fromString(incidentId));
    }

    @Test
    void the_service_keeps_an_uploaded_photo_under_the_sha256_it_computes_itself_and_gives_back_the_same_bytes()
            throws Exception {
        String id = (String) report("daan.staff", "utr-centraal", List.of("threat"), null).get("id");
        byte[] photo = bytes(300_000);

        Map<String, Object> added = upload("daan.staff", id, photo, "kassa 3.jpg", "image/jpeg")
                .then().statusCode(201).contentType("application/json")
                .body("kind", equalTo("photo"))
                .body("sha256", equalTo(sha256(photo)))
                .body("file.name", equalTo("kassa 3.jpg"))
                .body("file.contentType", equalTo("image/jpeg"))
                .body("file.size", equalTo(photo.length))
                .body("addedBy", equalTo("daan.staff"))
                .extract().jsonPath().getMap("$");
        String evidenceId = (String) added.get("id");
        assertThat((String) added.get("uri")).isEqualTo("/api/incidents/" + id + "/evidence/" + evidenceId + "/file");

        given().header("Authorization", bearer(user("bram.manager"))).get("/api/incidents/" + id + "/evidence")
                .then().statusCode(200).body("sha256", hasItem(sha256(photo))).body("file.name", hasItem("kassa 3.jpg"));

        byte[] back = given().header("Authorization", bearer(user("bram.manager")))
                .get("/api/incidents/" + id + "/evidence/" + evidenceId + "/file")
                .then().statusCode(200).contentType("image/jpeg")
                .header("Content-Disposition", containsString("attachment"))
                .header("ETag", equalTo("\"" + sha256(photo) + "\""))
                .extract().asByteArray();
        assertThat(sha256(back)).isEqualTo(sha256(photo));
        assertThat(back).isEqualTo(photo);
    }

    @Test
    void another_sites_manager_gets_not_found_for_the_file_as_for_an_unknown_one_and_is_not_audited() {
        String id = (String) report("daan.staff", "utr-centraal", List.of("verbal-abuse"), null).get("id");
        String evidenceId = upload("daan.staff", id, bytes(1000), "memo.pdf", "application/pdf")
                .then().statusCode(201).extract().path("id");

        given().header("Authorization", bearer(user("sanne.manager")))
                .get("/api/incidents/" + id + "/evidence/" + evidenceId + "/file")
                .then().statusCode(404).contentType("application/problem+json");
        given().header("Authorization", bearer(user("sanne.manager")))
                .get("/api/incidents/" + id + "/evidence/" + UUID.randomUUID() + "/file")
                .then().statusCode(404).contentType("application/problem+json");
        // staff upload but do not read evidence back
        given().header("Authorization", bearer(user("daan.staff")))
                .get("/api/incidents/" + id + "/evidence/" + evidenceId + "/file")
                .then().statusCode(403);
        // and no one uploads to another site's incident
        upload("emma.staff", id, bytes(1000), "x.pdf", "application/pdf").then().statusCode(404);
        assertThat(evidenceRows(id)).isEqualTo(1);
        assertThat(fileReads(id)).isZero();
    }

    @Test
    void every_read_of_a_file_is_one_row_in_the_audit_trail_with_who_read_it() {
        String id = (String) report("daan.staff", "utr-centraal", List.of("threat"), null).get("id");
        String evidenceId = upload("daan.staff", id, bytes(2000), "call.mp3", "audio/mpeg")
                .then().statusCode(201).body("kind", equalTo("audio")).extract().path("id");

        for (String reader : List.of("bram.manager", "henk.hq", "bram.manager")) {
            given().header("Authorization", bearer(user(reader)))
                    .get("/api/incidents/" + id + "/evidence/" + evidenceId + "/file").then().statusCode(200);
        }

        assertThat(fileReads(id)).isEqualTo(3);
        List<Map<String, Object>> trail = given().header("Authorization", bearer(user("henk.hq")))
                .get("/api/incidents/" + id + "/audit").then().statusCode(200).extract().jsonPath().getList("$");
        assertThat(trail.stream().filter(e -> "read-evidence-file".equals(e.get("action"))).map(e -> e.get("actor")))
                .containsExactly("bram.manager", "henk.hq", "bram.manager");
    }

    @Test
    void a_file_over_the_limit_is_refused_with_413_and_nothing_is_kept() {
        String id = (String) report("daan.staff", "utr-centraal", List.of("threat"), null).get("id");

        // as a browser sends a form: with its Content-Length, refused before a byte is read
        given().header("Authorization", bearer(user("daan.staff")))
                .contentType("multipart/form-data; boundary=" + BOUNDARY)
                .body(multipart(bytes(1024 * 1024 + 1), "long.mp4", "video/mp4"))
                .post("/api/incidents/" + id + "/evidence/files")
                .then().statusCode(413).contentType("application/problem+json")
                .body("status", equalTo(413));
        // sent in chunks, without a Content-Length: cut off at the limit
        upload("daan.staff", id, bytes(1024 * 1024 + 1), "long.mp4", "video/mp4").then().statusCode(413);

        assertThat(evidenceRows(id)).isZero();
        // the limit is for the upload path only: every other body stays at 64 KiB
        given().header("Authorization", bearer(user("daan.staff"))).contentType("application/json")
                .body(Map.of("authorRole", "victim", "text", "x".repeat(70_000)))
                .post("/api/incidents/" + id + "/statements").then().statusCode(413);
    }

    @Test
    void a_file_of_a_type_not_on_the_allow_list_is_refused_with_415_and_nothing_is_kept() {
        String id = (String) report("daan.staff", "utr-centraal", List.of("threat"), null).get("id");

        upload("daan.staff", id, bytes(1000), "tool.exe", "application/x-msdownload")
                .then().statusCode(415).contentType("application/problem+json")
                .body("detail", containsString("image/jpeg"));
        upload("daan.staff", id, new byte[0], "empty.jpg", "image/jpeg")
                .then().statusCode(400).contentType("application/problem+json");
        given().header("Authorization", bearer(user("daan.staff"))).multiPart("kind", "photo")
                .post("/api/incidents/" + id + "/evidence/files")
                .then().statusCode(400).contentType("application/problem+json");

        assertThat(evidenceRows(id)).isZero();
    }

    @Test
    void the_police_package_holds_the_statements_the_evidence_hashes_and_the_files_and_its_creation_is_audited()
            throws Exception {
        String id = (String) report("daan.staff", "utr-centraal", List.of("threat"), null).get("id");
        statement("daan.staff", id, "victim", "Hij zei dat hij me na sluitingstijd zou opwachten.");
        statement("bram.manager", id, "uninvolved", "Ik hoorde hem dreigen vanuit het kantoor.");
        byte[] photo = bytes(5000);
        upload("daan.staff", id, photo, "deur.jpg", "image/jpeg").then().statusCode(201);
        String reference = "a".repeat(64);
        given().header("Authorization", bearer(user("bram.manager"))).contentType("application/json")
                .body(Map.of("kind", "video", "uri", "cctv://utr-centraal/cam-2/2026-11-02T13:55", "sha256", reference))
                .post("/api/incidents/" + id + "/evidence").then().statusCode(201);
        given().header("Authorization", bearer(user("bram.manager"))).contentType("application/json")
                .body(Map.of("station", "Politie Utrecht Centrum", "reference", "PL0900-2026-123456", "filedOn", "2026-11-03"))
                .put("/api/incidents/" + id + "/police-report").then().statusCode(200);

        byte[] zip = given().header("Authorization", bearer(user("bram.manager")))
                .get("/api/incidents/" + id + "/police-package")
                .then().statusCode(200).contentType("application/zip")
                .header("Content-Disposition", containsString("police-package.zip"))
                .extract().asByteArray();

        Map<String, byte[]> entries = unzip(zip);
        assertThat(entries).containsKeys("index.pdf", "index.txt");
        String pdf = pdfText(entries.get("index.pdf"));
        for (String text : List.of(entries.get("index.txt") == null ? "" : new String(entries.get("index.txt"),
                StandardCharsets.UTF_8), pdf)) {
            assertThat(text).contains("Hij zei dat hij me na sluitingstijd zou opwachten.")
                    .contains("Ik hoorde hem dreigen vanuit het kantoor.")
                    .contains(sha256(photo)).contains(reference)
                    .contains("PL0900-2026-123456")
                    .contains("Timeline");
        }
        byte[] kept = entries.entrySet().stream().filter(e -> e.getKey().startsWith("evidence/")
                && e.getKey().endsWith("deur.jpg")).map(Map.Entry::getValue).findFirst().orElseThrow();
        assertThat(sha256(kept)).isEqualTo(sha256(photo));
        assertThat(count(dataSource, "SELECT count(*) FROM incident_audit WHERE incident_id = ? AND action = 'police-package' "
                + "AND actor = 'bram.manager'", UUID.fromString(id))).isEqualTo(1);
    }

    @Test
    void the_police_package_is_for_the_sites_own_manager_and_hq_safety_only() {
        String id = (String) report("daan.staff", "utr-centraal", List.of("threat"), null).get("id");
        given().header("Authorization", bearer(user("henk.hq"))).get("/api/incidents/" + id + "/police-package")
                .then().statusCode(200);
        for (String outsider : List.of("sanne.manager", "noor.regional")) {
            given().header("Authorization", bearer(user(outsider))).get("/api/incidents/" + id + "/police-package")
                    .then().statusCode(404).contentType("application/problem+json");
        }
        given().header("Authorization", bearer(user("daan.staff"))).get("/api/incidents/" + id + "/police-package")
                .then().statusCode(403);
        assertThat(count(dataSource, "SELECT count(*) FROM incident_audit WHERE incident_id = ? AND action = 'police-package'",
                UUID.fromString(id))).isEqualTo(1);
    }

    static final String BOUNDARY = "evidence-test-boundary";

    /** A multipart body with one file part, as a browser builds it. */
    static byte[] multipart(byte[] content, String fileName, String contentType) {
        byte[] head = ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(content, 0, body, head.length, content.length);
        System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
        return body;
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

    static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
