package io.frontline.incident.application.domain.model;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The detection rules with the word lists the service ships (src/main/resources/detection). */
class LiveDetectionRulesTest {
    private static final io.frontline.platform.domain.SubjectKey CALLER =
            new io.frontline.platform.domain.SubjectKey("sk1_q0Jx3mQ2k9vTt7bR8mWc1nLhP4sY6uZa0eGf5iKd2Oo");
    private static final LiveDetection DETECTION = new LiveDetection(Map.of("nl", terms("nl"), "en", terms("en"),
            "ja", terms("ja")), new LiveDetectionSettings(3, Duration.ofMinutes(30), 5, Duration.ofHours(24)));

    private static List<WeightedTerm> terms(String language) {
        try (InputStream in = LiveDetectionRulesTest.class.getClassLoader()
                .getResourceAsStream("detection/terms-" + language + ".txt")) {
            return WeightedTerm.parse(Arrays.asList(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Set<LiveRule> hits(String speaker, String text, String language) {
        return DETECTION.rulesHitBy(new TranscriptSegment("call-1", "cc-rotterdam", "agent-17", CALLER, speaker, text,
                0, 5_000, language), 1);
    }

    @Test
    void abusive_language_is_detected_in_dutch_english_and_japanese() {
        assertThat(hits("caller", "Wat een kutbedrijf, jullie zijn echt achterlijk.", "nl"))
                .containsExactly(LiveRule.ABUSIVE_LANGUAGE);
        assertThat(hits("caller", "You useless fucking idiot.", "en")).containsExactly(LiveRule.ABUSIVE_LANGUAGE);
        assertThat(hits("caller", "ふざけるな、バカ野郎", "ja")).containsExactly(LiveRule.ABUSIVE_LANGUAGE);
    }

    @Test
    void threats_are_detected_apart_from_abuse() {
        assertThat(hits("caller", "Ik weet waar je woont, ik maak je af.", "nl"))
                .containsExactly(LiveRule.THREATENING_LANGUAGE);
        assertThat(hits("caller", "I know where you live.", "en")).containsExactly(LiveRule.THREATENING_LANGUAGE);
        assertThat(hits("caller", "殺すぞ", "ja")).containsExactly(LiveRule.THREATENING_LANGUAGE);
    }

    @Test
    void a_single_mild_word_stays_below_the_threshold_and_polite_speech_raises_nothing() {
        assertThat(hits("caller", "Dat is echt stom geregeld.", "nl")).isEmpty();
        assertThat(hits("caller", "Ik wil graag mijn geld terug voor deze bestelling.", "nl")).isEmpty();
        assertThat(hits("caller", "Could you please check my order?", "en")).isEmpty();
    }

    @Test
    void only_the_callers_words_count() {
        assertThat(hits("agent", "Wat een kutbedrijf, jullie zijn echt achterlijk.", "nl")).isEmpty();
    }

    @Test
    void an_unknown_language_is_checked_against_every_list() {
        assertThat(hits("caller", "You useless fucking idiot.", null)).containsExactly(LiveRule.ABUSIVE_LANGUAGE);
    }

    @Test
    void a_call_past_thirty_minutes_is_too_long() {
        TranscriptSegment late = new TranscriptSegment("call-1", "cc-rotterdam", "agent-17", CALLER, "agent", "Nog iets?",
                1_799_000, 1_800_001, "nl");
        assertThat(DETECTION.rulesHitBy(late, 1)).containsExactly(LiveRule.CALL_LENGTH);
    }

    @Test
    void the_fifth_call_of_one_caller_within_a_day_is_too_many() {
        TranscriptSegment hello = new TranscriptSegment("call-1", "cc-rotterdam", "agent-17", CALLER, "caller",
                "Goedemiddag", 0, 2_000, "nl");
        assertThat(DETECTION.rulesHitBy(hello, 4)).isEmpty();
        assertThat(DETECTION.rulesHitBy(hello, 5)).containsExactly(LiveRule.REPEATED_CALLS);
    }

    @Test
    void a_word_list_line_names_its_category_weight_and_pattern() {
        List<WeightedTerm> terms = WeightedTerm.parse(List.of("# comment", "", "threat 2 \\bwacht maar\\b"));
        assertThat(terms).hasSize(1);
        assertThat(terms.get(0).rule()).isEqualTo(LiveRule.THREATENING_LANGUAGE);
        assertThat(terms.get(0).weight()).isEqualTo(2);
        assertThatThrownBy(() -> WeightedTerm.parse(List.of("rude 2 x"))).isInstanceOf(IllegalArgumentException.class);
    }
}
