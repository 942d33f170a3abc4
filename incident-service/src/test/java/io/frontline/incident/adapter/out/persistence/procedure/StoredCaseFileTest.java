package io.frontline.incident.adapter.out.persistence.procedure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.frontline.incident.application.domain.model.procedure.CommitteeSeat;
import io.frontline.incident.application.domain.model.procedure.Finding;
import io.frontline.incident.application.domain.model.procedure.FormalComplaint;
import io.frontline.incident.application.domain.model.procedure.InterimMeasureKind;
import io.frontline.incident.application.domain.model.procedure.PartySide;
import io.frontline.incident.application.domain.model.procedure.ProcedureStatus;
import io.frontline.incident.application.domain.model.procedure.StaffSanctionType;
import io.frontline.incident.application.port.out.procedure.LoadFormalComplaintPort;
import io.frontline.incident.application.port.out.procedure.SaveFormalComplaintPort;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The case file of a formal complaint is stored in a shape of its own (CONTRIBUTING.md, "One persistence rule"):
 * a case file stored before the stored records existed still reads, and the stored JSON is pinned here, so renaming a
 * field of a domain record cannot change (or break reading) what is stored.
 */
@QuarkusTest
class StoredCaseFileTest {
    /** A case file as Frontline stored it before the change: the domain records written by Jackson as they were. */
    private static final String CASE_FILE_AS_STORED_SINCE_V20 = """
            {"complaint":"Hij intimideert mij in de kantine.","filedBy":"emma.staff",
             "committee":{"members":{"EMPLOYEE_REPRESENTATIVE":"kees.committee",
                                     "EMPLOYER_REPRESENTATIVE":"ingrid.committee",
                                     "EXTERNAL_THIRD_PARTY":"omar.committee"}},
             "hearings":[{"id":"5a0c4c1e-1b7e-4a43-9d0e-0f5a3c0d8a01","heldAt":"2026-02-03T10:00:00Z",
                          "recordedBy":"kees.committee","heard":["emma.staff","daan.staff"],
                          "record":"Beide partijen gehoord.",
                          "acknowledgements":[{"person":"emma.staff","seen":true,"refusalReason":null},
                                              {"person":"daan.staff","seen":false,"refusalReason":"Niet juist weergegeven"}]}],
             "positions":[{"id":"5a0c4c1e-1b7e-4a43-9d0e-0f5a3c0d8a02","side":"ACCUSED","text":"Dat klopt niet.",
                           "inReplyTo":null,"submittedAt":"2026-02-04T09:00:00Z"}],
             "advisers":[{"side":"COMPLAINANT","name":"J. de Vries","appointedAt":"2026-02-01T08:00:00Z"}],
             "experts":[{"expertise":"arbeidspsycholoog","engagedBy":"omar.committee","engagedAt":"2026-02-05T08:00:00Z"}],
             "interimMeasures":[{"kind":"SEPARATE_SHIFTS","reason":"Rust op de werkvloer","requestedBy":"kees.committee",
                                 "requestedAt":"2026-02-02T08:00:00Z"}],
             "votes":[{"member":"kees.committee","finding":"FOUNDED","castAt":"2026-02-10T08:00:00Z"},
                      {"member":"ingrid.committee","finding":"FOUNDED","castAt":"2026-02-10T09:00:00Z"}],
             "report":{"complainant":"emma.staff","accused":"daan.staff","affected":["emma.staff"],
                       "complaint":"Hij intimideert mij in de kantine.","finding":"FOUNDED",
                       "caseAdvice":{"sanction":{"type":"FINE","suspensionDays":null,"fineAmount":99.5},
                                     "measures":"Gesprek met leidinggevende"},
                       "generalAdvice":"Training voor het team","issuedAt":"2026-02-11T08:00:00Z"},
             "decision":{"decidedBy":"hanna.hr","finding":"FOUNDED",
                         "sanction":{"type":"SUSPENSION","suspensionDays":3,"fineAmount":null},
                         "sanctionedEmployee":"daan.staff","measures":"Gesprek met leidinggevende",
                         "followsAdvice":false,"departureReasons":"Een schorsing past beter bij de ernst.",
                         "decidedAt":"2026-02-20T08:00:00Z","siteId":"utr-centraal","transferToSiteId":null},
             "objections":[{"id":"5a0c4c1e-1b7e-4a43-9d0e-0f5a3c0d8a03","side":"ACCUSED","objector":"daan.staff",
                            "reasons":"Te zwaar.","filedAt":"2026-02-25T08:00:00Z","answer":"Blijft staan.",
                            "answeredBy":"hanna.hr","answeredAt":"2026-03-01T08:00:00Z"}],
             "announcedMissedTerms":["report"]}
            """;

    /** The first case files had no objections and no announced missed terms yet. */
    private static final String CASE_FILE_WITHOUT_OBJECTIONS = """
            {"complaint":"Hij scheldt.","filedBy":"emma.staff",
             "committee":{"members":{"EMPLOYEE_REPRESENTATIVE":"kees.committee",
                                     "EMPLOYER_REPRESENTATIVE":"ingrid.committee",
                                     "EXTERNAL_THIRD_PARTY":"omar.committee"}},
             "hearings":[],"positions":[],"advisers":[],"experts":[],"interimMeasures":[],"votes":[],
             "report":null,"decision":null}
            """;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    LoadFormalComplaintPort load;

    @Inject
    SaveFormalComplaintPort save;

    @Inject
    ObjectMapper json;

    @Test
    void a_case_file_stored_before_the_stored_records_still_reads_with_everything_it_recorded() throws Exception {
        UUID id = insert(CASE_FILE_AS_STORED_SINCE_V20, ProcedureStatus.DECIDED);

        FormalComplaint c = load.load(id).orElseThrow();

        assertThat(c.complaint()).isEqualTo("Hij intimideert mij in de kantine.");
        assertThat(c.committee().members()).containsEntry(CommitteeSeat.EXTERNAL_THIRD_PARTY, "omar.committee");
        assertThat(c.hearings()).singleElement().satisfies(h -> {
            assertThat(h.heard()).containsExactly("emma.staff", "daan.staff");
            assertThat(h.acknowledgements().get(1).refusalReason()).isEqualTo("Niet juist weergegeven");
        });
        assertThat(c.positions().get(0).side()).isEqualTo(PartySide.ACCUSED);
        assertThat(c.advisers().get(0).name()).isEqualTo("J. de Vries");
        assertThat(c.experts().get(0).expertise()).isEqualTo("arbeidspsycholoog");
        assertThat(c.interimMeasures().get(0).kind()).isEqualTo(InterimMeasureKind.SEPARATE_SHIFTS);
        assertThat(c.votes()).extracting(v -> v.finding()).containsExactly(Finding.FOUNDED, Finding.FOUNDED);
        assertThat(c.report().orElseThrow().caseAdvice().sanction().fineAmount()).isEqualByComparingTo(new BigDecimal("99.5"));
        assertThat(c.decision().orElseThrow().sanction().type()).isEqualTo(StaffSanctionType.SUSPENSION);
        assertThat(c.decision().orElseThrow().sanction().suspensionDays()).isEqualTo(3);
        assertThat(c.decision().orElseThrow().departureReasons()).isEqualTo("Een schorsing past beter bij de ernst.");
        assertThat(c.objections()).singleElement().satisfies(o -> assertThat(o.answered()).isTrue());
        assertThat(c.announcedMissedTerms()).containsExactly("report");
    }

    @Test
    void a_case_file_from_before_objections_existed_reads_with_none() throws Exception {
        UUID id = insert(CASE_FILE_WITHOUT_OBJECTIONS, ProcedureStatus.UNDER_INVESTIGATION);

        FormalComplaint c = load.load(id).orElseThrow();

        assertThat(c.objections()).isEmpty();
        assertThat(c.announcedMissedTerms()).isEmpty();
        assertThat(c.report()).isEmpty();
    }

    @Test
    void saving_a_case_file_writes_the_pinned_stored_shape_whatever_the_domain_records_are_called() throws Exception {
        UUID id = insert(CASE_FILE_AS_STORED_SINCE_V20, ProcedureStatus.DECIDED);
        FormalComplaint c = load.load(id).orElseThrow();
        update(id, "{}"); // the row's JSON is written again from the domain object, not kept

        QuarkusTransaction.requiringNew().run(() -> save.save(c));

        JsonNode stored = json.readTree(caseFile(id));
        assertThat(stored).isEqualTo(json.readTree(CASE_FILE_AS_STORED_SINCE_V20));
    }

    private UUID insert(String caseFile, ProcedureStatus status) throws Exception {
        UUID id = UUID.randomUUID();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "INSERT INTO formal_complaint (id, reference, complainant, accused, status, received_at, terms_running,"
                        + " case_file) VALUES (?, ?, 'emma.staff', 'daan.staff', ?, ?, false, ?)")) {
            s.setObject(1, id);
            s.setString(2, "UB-OLD-" + id);
            s.setString(3, status.name());
            s.setTimestamp(4, Timestamp.from(Instant.parse("2026-01-30T08:00:00Z")));
            s.setString(5, caseFile);
            s.executeUpdate();
        }
        return id;
    }

    private void update(UUID id, String caseFile) throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("UPDATE formal_complaint SET case_file = ? WHERE id = ?")) {
            s.setString(1, caseFile);
            s.setObject(2, id);
            s.executeUpdate();
        }
    }

    private String caseFile(UUID id) throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT case_file FROM formal_complaint WHERE id = ?")) {
            s.setObject(1, id);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }
}
