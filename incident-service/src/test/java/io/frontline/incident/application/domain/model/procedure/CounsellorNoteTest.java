package io.frontline.incident.application.domain.model.procedure;

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
        CounsellorNote note = CounsellorNote.write(UUID.randomUUID(), "carla", null, "Anonieme melding", NOW);
        assertThat(note.readableBy("carla", true)).isTrue();
        assertThat(note.readableBy("carla", false)).isFalse();
        assertThat(note.readableBy("other.counsellor", true)).isFalse();
        assertThat(note.reporter()).isEmpty();
    }

    @Test
    void the_counsellor_acts_only_with_the_reporters_recorded_consent() {
        CounsellorNote note = CounsellorNote.write(UUID.randomUUID(), "carla", "emma", "Melding", NOW);
        assertThatThrownBy(() -> note.act(CounsellorPurpose.POLICE_REPORT, "aangifte", NOW))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("consent");
        note.recordConsent(CounsellorPurpose.POLICE_REPORT, NOW);
        assertThat(note.act(CounsellorPurpose.POLICE_REPORT, "aangifte", NOW).purpose())
                .isEqualTo(CounsellorPurpose.POLICE_REPORT);
    }

    @Test
    void an_anonymous_reporter_cannot_be_helped_to_a_formal_complaint() {
        CounsellorNote note = CounsellorNote.write(UUID.randomUUID(), "carla", null, "Melding", NOW);
        note.recordConsent(CounsellorPurpose.FORMAL_COMPLAINT, NOW);
        assertThatThrownBy(() -> note.act(CounsellorPurpose.FORMAL_COMPLAINT, null, NOW))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("anonymous");
    }
}
