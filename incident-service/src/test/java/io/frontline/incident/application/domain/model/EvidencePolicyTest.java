package io.frontline.incident.application.domain.model;

import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What is taken as an uploaded evidence file (issue 13: size limit, content types on an allow-list). */
class EvidencePolicyTest {
    private final EvidencePolicy policy = new EvidencePolicy(1000, Set.copyOf(EvidencePolicy.DEFAULT_CONTENT_TYPES));

    @Test
    void a_file_over_the_limit_is_refused_as_too_large_whatever_its_type() {
        policy.check("image/jpeg", 1000);
        assertThatThrownBy(() -> policy.check("image/jpeg", 1001)).isInstanceOf(EvidenceRefused.class)
                .extracting(e -> ((EvidenceRefused) e).reason()).isEqualTo(EvidenceRefused.Reason.TOO_LARGE);
    }

    @Test
    void a_type_not_on_the_allow_list_or_none_at_all_is_refused_and_parameters_or_case_do_not_matter() {
        policy.check("Image/JPEG; name=x", 10);
        for (String type : new String[] {"application/x-msdownload", "text/html", "image/svg+xml", null}) {
            assertThatThrownBy(() -> policy.check(type, 10)).isInstanceOf(EvidenceRefused.class)
                    .extracting(e -> ((EvidenceRefused) e).reason()).isEqualTo(EvidenceRefused.Reason.TYPE_NOT_ALLOWED);
        }
    }

    @Test
    void an_empty_file_is_no_evidence() {
        assertThatThrownBy(() -> policy.check("image/png", 0)).isInstanceOf(EvidenceRefused.class)
                .extracting(e -> ((EvidenceRefused) e).reason()).isEqualTo(EvidenceRefused.Reason.EMPTY);
    }

    @Test
    void the_kind_follows_from_the_content_type() {
        assertThat(EvidencePolicy.kindOf("image/heic")).isEqualTo(EvidenceKind.PHOTO);
        assertThat(EvidencePolicy.kindOf("video/mp4")).isEqualTo(EvidenceKind.VIDEO);
        assertThat(EvidencePolicy.kindOf("audio/mpeg")).isEqualTo(EvidenceKind.AUDIO);
        assertThat(EvidencePolicy.kindOf("application/pdf")).isEqualTo(EvidenceKind.DOCUMENT);
    }

    @Test
    void the_police_packages_care_facts_leave_out_the_notes() {
        CareTask task = new CareTask(UUID.randomUUID(), UUID.randomUUID(), CareTaskKind.SPECIALIST_REFERRAL,
                java.time.Instant.parse("2026-11-02T10:00:00Z"), CareTaskStatus.DONE, "Verwezen naar de GGZ wegens PTSS",
                "sanne.manager", java.time.Instant.parse("2026-11-03T10:00:00Z"), null);
        PolicePackage.CarePlanFact fact = PolicePackage.CarePlanFact.of(task);
        assertThat(fact.toString()).doesNotContain("PTSS").doesNotContain("GGZ");
        assertThat(fact.status()).isEqualTo(CareTaskStatus.DONE);
    }
}
