package io.frontline.incident.adapter.out.detection;

import io.frontline.incident.application.domain.model.LanguageClassifier;
import io.frontline.incident.application.domain.model.LiveDetection;
import io.frontline.incident.application.domain.model.LiveDetectionSettings;
import io.frontline.incident.application.domain.model.LiveRule;
import io.frontline.incident.application.domain.model.PhraseLexicon;
import io.frontline.incident.application.domain.model.TranscriptSegment;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The detection rules with the word lists the service ships (src/main/resources/detection). */
class LiveDetectionRulesTest {
    private static final io.frontline.platform.domain.SubjectKey CALLER =
            new io.frontline.platform.domain.SubjectKey("sk1_q0Jx3mQ2k9vTt7bR8mWc1nLhP4sY6uZa0eGf5iKd2Oo");
    private static final LiveDetection DETECTION = DetectionCorpus.shippedDetection();

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
                .containsExactlyInAnyOrder(LiveRule.THREATENING_LANGUAGE, LiveRule.STALKING);
        // a second threat rule beside it is a reason more of the one suggestion; the insult rule is not
        assertThat(hits("caller", "I know where you live.", "en")).contains(LiveRule.STALKING)
                .doesNotContain(LiveRule.ABUSIVE_LANGUAGE);
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
    void threats_without_swear_words_are_detected_in_every_language() {
        assertThat(hits("caller", "Ik wacht je op na je dienst, ik weet waar je woont.", "nl")).contains(LiveRule.STALKING);
        assertThat(hits("caller", "I'm going to put your name and photo all over Facebook.", "en"))
                .containsExactly(LiveRule.EXPOSURE_THREAT);
        assertThat(hits("caller", "帰り道に気をつけろよ。", "ja")).contains(LiveRule.THREATENING_LANGUAGE)
                .doesNotContain(LiveRule.ABUSIVE_LANGUAGE);
        assertThat(hits("caller", "土下座して謝れ。", "ja")).containsExactly(LiveRule.HUMILIATING_DEMAND);
        assertThat(hits("caller", "Go back to your own country.", "en")).containsExactly(LiveRule.DISCRIMINATION);
    }

    @Test
    void a_negated_or_quoted_threat_raises_nothing() {
        assertThat(hits("caller", "I would never hurt you, I just want my money back.", "en")).isEmpty();
        assertThat(hits("caller", "My neighbour shouted \"I'll kill you\" at me.", "en")).isEmpty();
        assertThat(hits("caller", "隣の人に「殺すぞ」と言われました。", "ja")).isEmpty();
        assertThat(hits("caller", "殺すつもりはありません。", "ja")).isEmpty();
    }

    @Test
    void a_lexicon_line_names_its_rule_weight_and_words() {
        PhraseLexicon lexicon = PhraseLexicon.parse(List.of("# comment", "", "@harm = hurt, kill",
                "threatening-language 2 i ~2 @harm ~1 you"), LuceneTokeniser.forLanguage("en"));
        assertThat(lexicon.patterns()).hasSize(1);
        assertThat(lexicon.patterns().get(0).rule()).isEqualTo(LiveRule.THREATENING_LANGUAGE);
        assertThat(lexicon.patterns().get(0).weight()).isEqualTo(2);
        assertThat(lexicon.scores("I will really hurt you")).containsEntry(LiveRule.THREATENING_LANGUAGE, 2);
        assertThatThrownBy(() -> PhraseLexicon.parse(List.of("rude 2 x"), LuceneTokeniser.forLanguage("en")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PhraseLexicon.parse(List.of("call-length 2 x"), LuceneTokeniser.forLanguage("en")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_chain_can_bring_its_own_lexicon_and_thresholds() throws java.io.IOException {
        java.nio.file.Path folder = java.nio.file.Files.createTempDirectory("lexicons");
        java.nio.file.Files.writeString(folder.resolve("lexicon-en.txt"), "abusive-language 3 muppet\n");
        PhraseLexicon own = DetectionRulesProducer.lexicon("en", java.util.Optional.of(folder.toString()));
        assertThat(own.scores("You muppet.")).containsEntry(LiveRule.ABUSIVE_LANGUAGE, 3);
        assertThat(own.scores("I know where you live.")).isEmpty();
        PhraseLexicon shipped = DetectionRulesProducer.lexicon("nl", java.util.Optional.of(folder.toString()));
        assertThat(shipped.scores("Ik weet waar je woont.")).containsKey(LiveRule.STALKING);
        assertThat(DetectionRulesProducer.thresholds("stalking=2, abusive-language=4"))
                .containsEntry(LiveRule.STALKING, 2).containsEntry(LiveRule.ABUSIVE_LANGUAGE, 4);
        assertThatThrownBy(() -> DetectionRulesProducer.thresholds("call-length"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_chain_can_set_its_own_classifier_threshold_per_rule_and_the_others_keep_the_trained_default() {
        assertThat(DetectionRulesProducer.classifierThresholds("stalking=0.7, abusive-language=0.95"))
                .containsEntry(LiveRule.STALKING, 0.7).containsEntry(LiveRule.ABUSIVE_LANGUAGE, 0.95);
        assertThatThrownBy(() -> DetectionRulesProducer.classifierThresholds("stalking"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LiveDetectionSettings(3, java.time.Duration.ofMinutes(30), 5,
                java.time.Duration.ofHours(24), java.util.Map.of(), java.util.Map.of(LiveRule.STALKING, 1.5)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LiveDetectionSettings(3, java.time.Duration.ofMinutes(30), 5,
                java.time.Duration.ofHours(24), java.util.Map.of(), java.util.Map.of(LiveRule.CALL_LENGTH, 0.5)))
                .isInstanceOf(IllegalArgumentException.class);

        java.util.Map<String, PhraseLexicon> lexicons = new java.util.HashMap<>();
        java.util.Map<String, LanguageClassifier> classifiers = new java.util.HashMap<>();
        for (String language : DetectionCorpus.LANGUAGES) {
            lexicons.put(language, DetectionRulesProducer.lexicon(language, java.util.Optional.empty()));
            classifiers.put(language, DetectionRulesProducer.classifier(language));
        }
        LiveDetection strict = new LiveDetection(lexicons, classifiers, new LiveDetectionSettings(3,
                java.time.Duration.ofMinutes(30), 5, java.time.Duration.ofHours(24), java.util.Map.of(),
                java.util.Map.of(LiveRule.STALKING, 1.0)));
        assertThat(strict.classifierThreshold(LiveRule.STALKING, "nl")).isEqualTo(1.0);
        assertThat(strict.classifierThreshold(LiveRule.THREATENING_LANGUAGE, "nl"))
                .isEqualTo(DETECTION.classifierThreshold(LiveRule.THREATENING_LANGUAGE, "nl")).isBetween(0.05, 0.95);
        // at 1.0 the classifier never suggests stalking: only the patterns can
        String observed = "Je neemt elke avond dezelfde bus naar huis, dat weet ik.";
        LiveDetection.Assessment a = strict.assess(observed, "nl").get(0);
        assertThat(strict.hits(a, true, true).contains(LiveRule.STALKING))
                .isEqualTo(strict.hits(a, true, false).contains(LiveRule.STALKING));
    }

    @Test
    void detection_does_not_run_without_a_trained_classifier_for_every_language() {
        java.util.Map<String, PhraseLexicon> lexicons = java.util.Map.of("en",
                DetectionRulesProducer.lexicon("en", java.util.Optional.empty()));
        assertThatThrownBy(() -> new LiveDetection(lexicons, java.util.Map.of(),
                new LiveDetectionSettings(3, java.time.Duration.ofMinutes(30), 5, java.time.Duration.ofHours(24))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("en");
        assertThatThrownBy(() -> DetectionRulesProducer.classifier("xx")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("missing");
    }

    @Test
    void the_trained_classifier_is_read_back_as_written_and_a_model_for_other_features_is_refused() {
        LanguageClassifier shipped = DetectionRulesProducer.classifier("en");
        LanguageClassifier again = ClassifierModelFile.parse("en", ClassifierModelFile.format(shipped, List.of("again")));
        assertThat(again.models()).isEqualTo(shipped.models());
        assertThatThrownBy(() -> ClassifierModelFile.parse("en", List.of("features words-only-v0")))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void a_segment_of_fewer_than_three_words_is_left_to_the_patterns() {
        for (String[] shortOne : new String[][]{{"nl", "Ja."}, {"nl", "Nee, hoor."}, {"en", "Thank you."}, {"ja", "はい。"}}) {
            LiveDetection.Assessment a = DETECTION.assess(shortOne[1], shortOne[0]).get(0);
            assertThat(a.probabilities().values()).as(shortOne[1]).containsOnly(0.0);
            assertThat(hits("caller", shortOne[1], shortOne[0])).as(shortOne[1]).isEmpty();
        }
        // a short curse is still the lexicon's
        assertThat(hits("caller", "Kankerlijer!", "nl")).contains(LiveRule.ABUSIVE_LANGUAGE);
    }
}
