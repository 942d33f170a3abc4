package io.frontline.incident.application.domain.model.procedure;

import io.frontline.platform.domain.AccessDenied;
import io.frontline.platform.domain.RuleViolation;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CounsellorNoteTest {
    static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

    @Test
    void only_the_counsellor_who_wrote_a_note_can_read_it() {
        CounsellorNote note = CounsellorNote.write(UUID.randomUUID(), "carla", null, false, "Anonieme melding", NOW);
        assertThat(note.readableBy("carla", true)).isTrue();
        assertThat(note.readableBy("carla", false)).isFalse();
        assertThat(note.readableBy("other.counsellor", true)).isFalse();
        assertThat(note.reporter()).isEmpty();
    }

    @Test
    void the_counsellor_acts_only_with_the_consent_the_reporter_gave_themselves() {
        CounsellorNote note = CounsellorNote.write(UUID.randomUUID(), "carla", "emma", true, "Melding", NOW);
        assertThatThrownBy(() -> note.act(CounsellorPurpose.POLICE_REPORT, "aangifte", NOW))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("consent");
        note.giveConsent("emma", CounsellorPurpose.POLICE_REPORT, NOW);
        assertThat(note.consents()).singleElement().satisfies(c -> {
            assertThat(c.how()).isEqualTo(ConsentGiven.OWN_ACCOUNT);
            assertThat(c.recordedBy()).isEqualTo("emma");
        });
        assertThat(note.act(CounsellorPurpose.POLICE_REPORT, "aangifte", NOW).purpose())
                .isEqualTo(CounsellorPurpose.POLICE_REPORT);
    }

    @Test
    void the_counsellor_cannot_record_consent_for_a_reporter_who_has_an_account() {
        CounsellorNote note = CounsellorNote.write(UUID.randomUUID(), "carla", "emma", true, "Melding", NOW);
        assertThatThrownBy(() -> note.recordConsent("carla", CounsellorPurpose.POLICE_REPORT, ConsentGiven.IN_PERSON,
                NOW)).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> note.giveConsent("carla", CounsellorPurpose.POLICE_REPORT, NOW))
                .as("nobody but the reporter gives their consent").isInstanceOf(AccessDenied.class);
        assertThat(note.hasConsentFor(CounsellorPurpose.POLICE_REPORT)).isFalse();
    }

    @Test
    void withdrawn_consent_no_longer_lets_the_counsellor_act() {
        CounsellorNote note = CounsellorNote.write(UUID.randomUUID(), "carla", "emma", true, "Melding", NOW);
        note.giveConsent("emma", CounsellorPurpose.MEDIATE, NOW);
        note.withdrawConsent("emma", CounsellorPurpose.MEDIATE, NOW.plusSeconds(60));
        assertThatThrownBy(() -> note.act(CounsellorPurpose.MEDIATE, "gesprek", NOW.plusSeconds(120)))
                .isInstanceOf(RuleViolation.class);
        assertThat(note.consents()).singleElement().satisfies(c -> assertThat(c.withdrawnAt()).isNotNull());
    }

    @Test
    void for_a_reporter_without_an_account_the_counsellor_records_consent_with_how_it_was_given() {
        CounsellorNote note = CounsellorNote.write(UUID.randomUUID(), "carla", "Uitzendkracht Piet", false,
                "Melding", NOW);
        assertThatThrownBy(() -> note.recordConsent("carla", CounsellorPurpose.MEDIATE, null, NOW))
                .isInstanceOf(RuleViolation.class);
        note.recordConsent("carla", CounsellorPurpose.MEDIATE, ConsentGiven.PHONE, NOW);
        assertThat(note.consents()).singleElement().satisfies(c -> assertThat(c.how()).isEqualTo(ConsentGiven.PHONE));
        assertThat(note.act(CounsellorPurpose.MEDIATE, "gesprek", NOW)).isNotNull();
    }

    @Test
    void an_anonymous_reporter_cannot_be_helped_to_a_formal_complaint() {
        CounsellorNote note = CounsellorNote.write(UUID.randomUUID(), "carla", null, false, "Melding", NOW);
        note.recordConsent("carla", CounsellorPurpose.FORMAL_COMPLAINT, ConsentGiven.IN_PERSON, NOW);
        assertThatThrownBy(() -> note.act(CounsellorPurpose.FORMAL_COMPLAINT, null, NOW))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("anonymous");
    }
}
