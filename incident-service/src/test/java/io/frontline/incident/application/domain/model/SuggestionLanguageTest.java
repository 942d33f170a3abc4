package io.frontline.incident.application.domain.model;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.EnumSet;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 14: a suggestion keeps the language of its call, the first one the call's alerting segments showed. */
class SuggestionLanguageTest {
    private static SuggestedIncident suggestion(String language) {
        return new SuggestedIncident(UUID.randomUUID(), "call-1", "cc-rotterdam", "agent-1", null,
                EnumSet.of(LiveRule.STALKING), Instant.parse("2026-11-02T10:00:00Z"), SuggestedIncidentStatus.OPEN,
                null, null, null, null, language);
    }

    @Test
    void a_suggestion_keeps_its_calls_first_language_and_learns_one_only_when_it_had_none() {
        assertThat(suggestion("NL").language()).isEqualTo("nl");
        assertThat(suggestion("nl").withLanguageIfUnknown("en").language()).as("a later segment").isEqualTo("nl");
        assertThat(suggestion(null).withLanguageIfUnknown("ja").language()).isEqualTo("ja");
        assertThat(suggestion(" ").withLanguageIfUnknown(null).language()).isNull();
    }

    @Test
    void confirming_or_dismissing_keeps_the_language() {
        assertThat(suggestion("en").confirmed("ruben.supervisor", UUID.randomUUID(), Instant.now()).language())
                .isEqualTo("en");
        assertThat(suggestion("ja").dismissed("Citaat uit een film.", "ruben.supervisor", Instant.now()).language())
                .isEqualTo("ja");
    }
}
