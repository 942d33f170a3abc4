package io.frontline.incident.adapter.in.rest.procedure;

import io.frontline.platform.retention.RetentionJob;
import io.frontline.platform.testing.MutableClock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;

import static io.frontline.incident.adapter.in.rest.procedure.ProcedureFixtures.COMPLAINTS;
import static io.frontline.incident.adapter.in.rest.procedure.ProcedureFixtures.as;
import static io.frontline.incident.adapter.in.rest.procedure.ProcedureFixtures.fileComplaint;
import static io.frontline.incident.adapter.in.rest.procedure.ProcedureFixtures.reportedWithSuspensionAdvised;

/**
 * A formal complaint's case file is erased 24 months after the procedure ended; while it runs (or an objection is
 * pending) it is kept. A counsellor's note is erased 24 months after it was written.
 */
@QuarkusTest
class ProcedureRetentionTest {
    @Inject
    RetentionJob job;

    @AfterEach
    void resetClock() {
        MutableClock.shared().reset();
    }

    @Test
    void a_decided_procedure_is_erased_after_its_retention_and_an_open_one_is_held() {
        at("2031-01-05T09:00:00Z");
        String decided = reportedWithSuspensionAdvised();
        as("hanna.hr").body(Map.of("sanction", Map.of("type", "suspension", "suspensionDays", 3), "site", "utr-centraal"))
                .post(COMPLAINTS + "/" + decided + "/decision").then().statusCode(201);
        String open = fileComplaint();

        at("2032-12-01T09:00:00Z");
        job.eraseExpired();
        as("hanna.hr").get(COMPLAINTS + "/" + decided).then().statusCode(200);

        at("2033-03-01T09:00:00Z");
        job.eraseExpired();
        as("hanna.hr").get(COMPLAINTS + "/" + decided).then().statusCode(404);
        as("hanna.hr").get(COMPLAINTS + "/" + open).then().statusCode(200);
    }

    @Test
    void a_counsellors_note_is_erased_two_years_after_it_was_written() {
        at("2031-02-01T09:00:00Z");
        String note = CounsellorNoteResourceTest.note(null);
        as("carla.counsellor").get(CounsellorNoteResourceTest.NOTES + "/" + note).then().statusCode(200);

        at("2033-01-31T09:00:00Z");
        job.eraseExpired();
        as("carla.counsellor").get(CounsellorNoteResourceTest.NOTES + "/" + note).then().statusCode(200);

        at("2033-02-02T09:00:00Z");
        job.eraseExpired();
        as("carla.counsellor").get(CounsellorNoteResourceTest.NOTES + "/" + note).then().statusCode(404);
    }

    private static void at(String instant) {
        MutableClock.shared().set(Instant.parse(instant));
    }
}
