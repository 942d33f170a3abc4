package io.frontline.incident.adapter.out.detection;

import io.frontline.incident.adapter.out.detection.DetectionCorpus.Evaluation;
import io.frontline.incident.adapter.out.detection.DetectionCorpus.Utterance;
import io.frontline.incident.application.domain.model.LiveDetection;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How well live detection does, measured on the labelled corpus in nl, en and ja (DESIGN.md: "the detector's
 * precision and recall per language are measured on a labelled corpus"): threats are caught — recall at least
 * 0.90 — and what it suggests is right — precision at least 0.90 — both on the whole corpus and on the held-out
 * third the lexicons were not written against. The unseen and hold-out sets are measured and printed but not gated:
 * on phrasing the lexicons were not written for, recall is far lower (incident-service README).
 */
class DetectionCorpusTest {
    private static final LiveDetection DETECTION = DetectionCorpus.shippedDetection();
    private static final List<Evaluation> ALL = new ArrayList<>();
    private static final List<Evaluation> HELD_OUT = new ArrayList<>();

    @BeforeAll
    static void evaluate() {
        for (String language : DetectionCorpus.LANGUAGES) {
            List<Utterance> corpus = DetectionCorpus.read(language);
            ALL.add(DetectionCorpus.evaluate(DETECTION, language, corpus));
            HELD_OUT.add(DetectionCorpus.evaluate(DETECTION, language, corpus.stream().filter(Utterance::heldOut).toList()));
        }
        System.out.println(DetectionCorpus.table(ALL, "whole corpus (precision / recall)"));
        System.out.println(DetectionCorpus.table(HELD_OUT, "held-out third (precision / recall)"));
        List<Evaluation> unseen = new ArrayList<>();
        for (String language : DetectionCorpus.LANGUAGES) {
            unseen.add(DetectionCorpus.evaluate(DETECTION, language, DetectionCorpus.read(language, "-unseen")));
        }
        // Reported, not gated, and without its mistakes: looking at them would make the set a seen one.
        System.out.println(DetectionCorpus.table(unseen, "unseen set (precision / recall)"));
        List<Evaluation> holdout = new ArrayList<>();
        for (String language : DetectionCorpus.LANGUAGES) {
            holdout.add(DetectionCorpus.evaluate(DETECTION, language, DetectionCorpus.read(language, "-holdout")));
        }
        // Issue 15's hold-out set: written before the lexicons' generalisation, kept out of their tuning loop like the
        // unseen set (printed without its mistakes).
        System.out.println(DetectionCorpus.table(holdout, "hold-out set (precision / recall)"));
        ALL.forEach(e -> e.mistakes().stream().filter(m -> !m.startsWith("held-out")).forEach(System.out::println));
    }

    @Test
    void each_language_has_at_least_150_labelled_utterances() {
        for (Evaluation e : ALL) {
            assertThat(e.utterances()).as(e.language()).isGreaterThanOrEqualTo(150);
        }
    }

    @Test
    void threats_are_caught_with_a_recall_of_at_least_ninety_percent_in_every_language() {
        for (Evaluation e : ALL) {
            assertThat(e.threats().recall()).as("threat recall, " + e.language()).isGreaterThanOrEqualTo(0.90);
        }
        for (Evaluation e : HELD_OUT) {
            assertThat(e.threats().recall()).as("held-out threat recall, " + e.language()).isGreaterThanOrEqualTo(0.90);
        }
    }

    @Test
    void what_detection_suggests_is_right_at_least_ninety_percent_of_the_time_in_every_language() {
        for (Evaluation e : ALL) {
            assertThat(e.overall().precision()).as("precision, " + e.language()).isGreaterThanOrEqualTo(0.90);
        }
        for (Evaluation e : HELD_OUT) {
            assertThat(e.overall().precision()).as("held-out precision, " + e.language()).isGreaterThanOrEqualTo(0.90);
        }
    }
}
