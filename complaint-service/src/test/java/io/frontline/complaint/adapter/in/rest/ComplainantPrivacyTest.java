package io.frontline.complaint.adapter.in.rest;

import io.agroal.api.AgroalDataSource;
import io.frontline.platform.retention.RetentionJob;
import io.frontline.platform.testing.MutableClock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static io.frontline.complaint.Api.as;
import static io.frontline.complaint.Api.at;
import static io.frontline.complaint.Api.eventPayloads;
import static io.frontline.complaint.Api.filePublic;
import static io.frontline.complaint.Api.publicComplaint;
import static io.frontline.complaint.Api.OWN_COMPLAINTS;
import static io.frontline.complaint.Api.step;
import static io.frontline.complaint.Api.subjectExport;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/** Seed 002 and GDPR: contact data apart, never in events, erased after retention, exportable on request. */
@QuarkusTest
class ComplainantPrivacyTest {
    @Inject
    AgroalDataSource dataSource;

    @Inject
    RetentionJob jobs;

    @AfterEach
    void resetClock() {
        MutableClock.shared().reset();
    }

    @Test
    void contact_data_is_kept_apart_exported_on_request_and_erased_24_months_after_closure() throws Exception {
        at("2029-05-02T08:00:00Z");
        String reference = filePublic(publicComplaint("utr-centraal", "staff-behaviour", "Onvriendelijk geholpen.",
                Map.of("name", "Fatima El Amrani", "email", "fatima@example.org", "phone", "06 1234 5678")))
                .extract().path("reference");
        String id = ComplaintWorkflowTest.idOf(reference);

        assertThat(complaintRow(id)).doesNotContain("fatima@example.org", "Fatima", "612345678");
        assertThat(String.join("", eventPayloads(dataSource, id))).doesNotContain("fatima", "Fatima", "1234 5678");

        // Found by the phone number in another notation: the lookup goes through the subject key.
        subjectExport("ada.admin", Map.of("phone", "+31 6 12345678")).statusCode(200)
                .body(OWN_COMPLAINTS + ".find { it.reference == '" + reference + "' }.email", equalTo("fatima@example.org"))
                .body(OWN_COMPLAINTS + ".find { it.reference == '" + reference + "' }.description",
                        equalTo("Onvriendelijk geholpen."));
        subjectExport("sanne.manager", Map.of("phone", "+31 6 12345678")).statusCode(403);
        subjectExport("ada.admin", Map.of()).statusCode(422);

        step("bram.manager", id, "start", null).statusCode(200);
        step("bram.manager", id, "resolve", Map.of("text", "Excuses; besproken met het team.")).statusCode(200);

        MutableClock.shared().advance(Duration.ofDays(730));
        jobs.eraseExpired();
        assertThat(contactRows(id)).isEqualTo(1);

        at("2031-05-03T08:00:00Z");
        jobs.eraseExpired();
        assertThat(contactRows(id)).isZero();
        subjectExport("ada.admin", Map.of("email", "fatima@example.org")).statusCode(200)
                .body(OWN_COMPLAINTS + ".findAll { it.reference == '" + reference + "' }", hasSize(0));
        as("henk.hq").get("/api/complaints/" + id).then().statusCode(200).body("status", equalTo("resolved"));
    }

    private String complaintRow(String id) throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT row_to_json(complaint)::text FROM complaint WHERE id = ?")) {
            s.setObject(1, UUID.fromString(id));
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    private long contactRows(String id) throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT count(*) FROM complainant_contact WHERE complaint_id = ?")) {
            s.setObject(1, UUID.fromString(id));
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
