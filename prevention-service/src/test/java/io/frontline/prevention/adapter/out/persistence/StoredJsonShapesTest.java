package io.frontline.prevention.adapter.out.persistence;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.frontline.prevention.application.domain.model.Audience;
import io.frontline.prevention.application.domain.model.CaseStudy;
import io.frontline.prevention.application.domain.model.ConsultationDesk;
import io.frontline.prevention.application.domain.model.Course;
import io.frontline.prevention.application.domain.model.DeskContact;
import io.frontline.prevention.application.domain.model.Playbook;
import io.frontline.prevention.application.domain.model.PolicyKind;
import io.frontline.prevention.application.domain.model.PolicyVersion;
import io.frontline.prevention.application.domain.model.Review;
import io.frontline.prevention.application.port.out.DeskStore;
import io.frontline.prevention.application.port.out.PlaybookStore;
import io.frontline.prevention.application.port.out.PolicyStore;
import io.frontline.prevention.application.port.out.ReviewStore;
import io.frontline.prevention.application.port.out.TrainingStore;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Period;
import java.time.YearMonth;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * JSON inside a row is stored in shapes of the persistence adapter (CONTRIBUTING.md, "One persistence rule"). For
 * each kind (a desk's contacts, a playbook, a policy's texts, a course's scenarios, a review's figures and case
 * studies) a row written by SQL in the shape stored since V1 reads through the adapter, and a save writes the JSON
 * pinned here, so renaming a field of a domain record cannot change (or break reading) what is stored.
 */
@QuarkusTest
class StoredJsonShapesTest {
    private static final String DESK_AS_STORED_SINCE_V1 = """
            {"firstContact":{"kind":"supervisor","name":"Sanne Visser","userId":"sanne.manager","phone":null,
                             "email":null,"address":null,"note":"Eerst bij je leidinggevende"},
             "counsellors":[{"kind":"internal-counsellor","name":"Carla de Boer","userId":"carla.counsellor",
                             "phone":"020 123 4567","email":"vertrouwenspersoon@example.com","address":null,
                             "note":null}],
             "committee":{"kind":"committee","name":"Klachtencommissie","userId":null,"phone":null,
                          "email":"commissie@example.com","address":"Postbus 1, Amsterdam","note":"Vertrouwelijk"},
             "outsideContacts":[{"kind":"police","name":"Wijkagent","userId":null,"phone":"0900 8844",
                                 "email":null,"address":null,"note":null}]}
            """;

    private static final String PLAYBOOK_AS_STORED_SINCE_V2 = """
            {"title":"Dreiging aan de telefoon","incidentTypes":["threat","verbal-abuse"],"responders":2,
             "endingContact":"De medewerker mag het gesprek altijd beëindigen.","apology":"Geen excuus voor dreiging.",
             "recording":"Opnames worden aangekondigd.","listenFor":["een naam","een plaats"],
             "inform":["supervisor","politie"]}
            """;

    private static final String POLICY_TEXTS_AS_STORED_SINCE_V1 = """
            {"en":{"title":"Basic policy","body":"We do not accept harassment of our staff."},
             "nl":{"title":"Basisbeleid","body":"Wij accepteren geen intimidatie."}}
            """;

    private static final String SCENARIOS_AS_STORED_SINCE_V1 = """
            ["Een klant scheldt aan de kassa","Een beller dreigt"]
            """;

    private static final String FIGURES_AS_STORED_SINCE_V1 = """
            {"incidentsReported":7,"incidentsConfirmed":5,"incidentsClosed":4,"complaintsReceived":12}
            """;

    private static final String CASE_STUDIES_AS_STORED_SINCE_V1 = """
            [{"number":1,"siteId":"ams-centrum","month":"2026-08","types":["verbal-abuse","threat"],
              "severity":"high","outcome":"confirmed","lesson":"Twee collega's reageren samen."}]
            """;

    @Inject
    DataSource dataSource;

    @Inject
    ObjectMapper json;

    @Inject
    DeskStore desks;

    @Inject
    PlaybookStore playbooks;

    @Inject
    PolicyStore policies;

    @Inject
    TrainingStore training;

    @Inject
    ReviewStore reviews;

    @Test
    void a_desk_stored_before_the_stored_records_reads_and_a_save_writes_the_pinned_shape() throws Exception {
        String site = "stored-" + UUID.randomUUID();
        update("INSERT INTO consultation_desk (site_id, contents, updated_by, updated_at) "
                + "VALUES (?, ?, 'henk.hq', now())", site, DESK_AS_STORED_SINCE_V1);

        ConsultationDesk desk = QuarkusTransaction.requiringNew().call(() -> desks.desk(site).orElseThrow());

        assertThat(desk.firstContact()).isEqualTo(new DeskContact("supervisor", "Sanne Visser", "sanne.manager", null,
                null, null, "Eerst bij je leidinggevende"));
        assertThat(desk.counsellors()).singleElement().satisfies(c -> {
            assertThat(c.userId()).isEqualTo("carla.counsellor");
            assertThat(c.phone()).isEqualTo("020 123 4567");
        });
        assertThat(desk.committee().address()).isEqualTo("Postbus 1, Amsterdam");
        assertThat(desk.outsideContacts()).extracting(DeskContact::name).containsExactly("Wijkagent");

        update("UPDATE consultation_desk SET contents = '{}' WHERE site_id = ?", site);
        QuarkusTransaction.requiringNew().run(() -> desks.save(desk));

        assertThat(json.readTree(read("SELECT contents FROM consultation_desk WHERE site_id = ?", site)))
                .isEqualTo(json.readTree(DESK_AS_STORED_SINCE_V1));
        update("DELETE FROM consultation_desk WHERE site_id = ?", site);
    }

    @Test
    void a_playbook_stored_before_the_stored_records_reads_and_a_save_writes_the_pinned_shape() throws Exception {
        String situation = "stored-" + UUID.randomUUID();
        update("INSERT INTO playbook (situation, contents, updated_by, updated_at) VALUES (?, ?, 'henk.hq', now())",
                situation, PLAYBOOK_AS_STORED_SINCE_V2);

        Playbook p = QuarkusTransaction.requiringNew().call(() -> playbooks.find(situation).orElseThrow());

        assertThat(p.title()).isEqualTo("Dreiging aan de telefoon");
        assertThat(p.incidentTypes()).containsExactly("threat", "verbal-abuse");
        assertThat(p.responders()).isEqualTo(2);
        assertThat(p.listenFor()).containsExactly("een naam", "een plaats");
        assertThat(p.inform()).containsExactly("supervisor", "politie");

        update("UPDATE playbook SET contents = '{}' WHERE situation = ?", situation);
        QuarkusTransaction.requiringNew().run(() -> playbooks.save(p));

        assertThat(json.readTree(read("SELECT contents FROM playbook WHERE situation = ?", situation)))
                .isEqualTo(json.readTree(PLAYBOOK_AS_STORED_SINCE_V2));
        update("DELETE FROM playbook WHERE situation = ?", situation);
    }

    @Test
    void a_policys_texts_stored_before_the_stored_records_read_and_a_save_writes_the_pinned_shape() throws Exception {
        UUID id = UUID.randomUUID();
        int version = 900_000 + (int) (Math.random() * 99_999);
        update("INSERT INTO policy_version (id, kind, version, effective_from, texts, published_by, published_at) "
                + "VALUES (?, 'BASIC_POLICY', ?, DATE '2026-01-01', ?, 'henk.hq', now())", id, version,
                POLICY_TEXTS_AS_STORED_SINCE_V1);

        PolicyVersion v = QuarkusTransaction.requiringNew().call(() -> policies.find(id).orElseThrow());

        assertThat(v.kind()).isEqualTo(PolicyKind.BASIC_POLICY);
        assertThat(v.textIn("nl").title()).isEqualTo("Basisbeleid");
        assertThat(v.textIn("en").body()).isEqualTo("We do not accept harassment of our staff.");

        UUID copy = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> policies.save(new PolicyVersion(copy, v.kind(), version + 1,
                v.effectiveFrom(), v.texts(), v.publishedBy(), v.publishedAt())));

        assertThat(json.readTree(read("SELECT texts FROM policy_version WHERE id = ?", copy)))
                .isEqualTo(json.readTree(POLICY_TEXTS_AS_STORED_SINCE_V1));
        update("DELETE FROM policy_version WHERE id IN (?, ?)", id, copy);
    }

    @Test
    void a_courses_scenarios_stored_before_read_and_a_save_writes_the_pinned_shape() throws Exception {
        UUID id = UUID.randomUUID();
        update("INSERT INTO course (id, name, audience, refresh_interval, required_from, scenarios, created_by, "
                + "created_at) VALUES (?, 'De-escalatie', 'CUSTOMER_FACING', 'P1Y', DATE '2026-01-01', ?, 'henk.hq', "
                + "now())", id, SCENARIOS_AS_STORED_SINCE_V1);

        Course c = QuarkusTransaction.requiringNew().call(() -> training.course(id).orElseThrow());

        assertThat(c.audience()).isEqualTo(Audience.CUSTOMER_FACING);
        assertThat(c.refreshInterval()).isEqualTo(Period.ofYears(1));
        assertThat(c.scenarios()).containsExactly("Een klant scheldt aan de kassa", "Een beller dreigt");

        UUID copy = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> training.save(new Course(copy, c.name(), c.audience(),
                c.refreshInterval(), c.requiredFrom(), c.scenarios(), c.createdBy(), c.createdAt())));

        assertThat(json.readTree(read("SELECT scenarios FROM course WHERE id = ?", copy)))
                .isEqualTo(json.readTree(SCENARIOS_AS_STORED_SINCE_V1));
        update("DELETE FROM course WHERE id IN (?, ?)", id, copy);
    }

    @Test
    void a_reviews_figures_and_case_studies_stored_before_read_and_a_save_writes_the_pinned_shape() throws Exception {
        UUID id = UUID.randomUUID();
        update("INSERT INTO review (id, site_id, period_first, period_last, figures, case_studies, held_by, held_at) "
                + "VALUES (?, 'ams-centrum', DATE '2026-07-01', DATE '2026-09-30', ?, ?, 'henk.hq', now())", id,
                FIGURES_AS_STORED_SINCE_V1, CASE_STUDIES_AS_STORED_SINCE_V1);

        Review r = QuarkusTransaction.requiringNew().call(() -> reviews.find(id).orElseThrow());

        assertThat(r.figures()).isEqualTo(new Review.Figures(7, 5, 4, 12));
        assertThat(r.caseStudies()).containsExactly(new CaseStudy(1, "ams-centrum", YearMonth.of(2026, 8),
                java.util.List.of("verbal-abuse", "threat"), "high", "confirmed", "Twee collega's reageren samen."));

        UUID copy = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> reviews.save(new Review(copy, r.siteId(), r.period(),
                r.figures(), r.caseStudies(), r.heldBy(), r.heldAt())));

        assertThat(json.readTree(read("SELECT figures FROM review WHERE id = ?", copy)))
                .isEqualTo(json.readTree(FIGURES_AS_STORED_SINCE_V1));
        assertThat(json.readTree(read("SELECT case_studies FROM review WHERE id = ?", copy)))
                .isEqualTo(json.readTree(CASE_STUDIES_AS_STORED_SINCE_V1));
        update("DELETE FROM review WHERE id IN (?, ?)", id, copy);
    }

    private void update(String sql, Object... params) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            s.executeUpdate();
        }
    }

    private String read(String sql, Object param) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, param);
            try (ResultSet rs = s.executeQuery()) {
                assertThat(rs.next()).isTrue();
                return rs.getString(1);
            }
        }
    }
}
