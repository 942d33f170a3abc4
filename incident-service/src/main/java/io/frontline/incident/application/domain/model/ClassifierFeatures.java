package io.frontline.incident.application.domain.model;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What live detection's classifier sees of an utterance (issue 15: detection that holds for wording nobody wrote
 * patterns for). Everything is taken from the lexicon's reading, so quoted speech is left out exactly as the
 * patterns leave it out:
 * <ul>
 *   <li>words: the tokeniser's normal forms (stems; Japanese dictionary forms), single and in pairs within a
 *   sentence, marked when they stand in a clause that holds a negation ("I would never hurt you": a single word there
 *   counts both as itself and marked, a pair only marked);</li>
 *   <li>characters: Japanese 1–3 characters of the text; Dutch and English 3–5 characters within a word
 *   (compounds, spelling), marked in a negated clause likewise;</li>
 *   <li>the lexicon's own knowledge: which of its word groups ({@code @harm}, {@code @body}, {@code @target}, ...)
 *   occur, negated or not, and each rule's pattern score.</li>
 * </ul>
 * Features are hashed into {@link #DIMENSION} slots (a stable hash of their name), so the model needs no vocabulary.
 * The word and character blocks are each scaled to length 1, so a long segment does not weigh more than a short
 * one; the lexicon's block counts a quarter. A model is only valid with the features it was trained on: {@link #VERSION} names them.
 */
public final class ClassifierFeatures {
    /** Changes whenever what is extracted changes; a model trained on another version is refused. */
    public static final String VERSION = "words-chars-lexicon-v2";
    public static final int HASH_BITS = 20;
    /**
     * The fewest words (outside quotes) the classifier judges; a shorter segment ("Ja.", "Okay, thanks.") is left to
     * the patterns. Its few features weigh too much after scaling — a lone "ja" came out as an insult — and what one
     * or two words can say (a curse, a slur) is what the lexicons list.
     */
    public static final int MIN_WORDS = 3;
    public static final int DIMENSION = 1 << HASH_BITS;
    /** The pattern score that saturates its feature: a score of three times the usual threshold counts as that. */
    private static final double SCORE_CAP = 9.0;
    private static final double PATTERN_SCALE = 3.0;
    /**
     * How much the lexicon's block counts beside the words and characters (each of length 1). Chosen on the pooled
     * leave-one-author-out figures: at full weight the classifier leans on the patterns, which were written against
     * one author's sentences, and does worse on other writers' (threat recall 0.55–0.71 against 0.71–0.76 at 0.25).
     */
    private static final double LEXICON_WEIGHT = 0.25;

    private ClassifierFeatures() {
    }

    /**
     * The features of one utterance in one language.
     *
     * @param language {@code ja} for character n-grams over the text; anything else for n-grams within words
     * @param scores   the lexicon's pattern scores of the same reading
     */
    public static SparseVector of(String language, PhraseLexicon lexicon, PhraseLexicon.Reading reading,
                                  Map<LiveRule, Integer> scores) {
        TreeMap<Integer, Double> vector = new TreeMap<>();
        Map<String, Double> words = new TreeMap<>();
        List<Token> tokens = reading.words();
        for (int i = 0; i < tokens.size(); i++) {
            String mark = reading.inNegatedClause(i) ? "n" : "";
            String form = tokens.get(i).form();
            words.put("w:" + form, 1.0);
            if (!mark.isEmpty()) {
                words.put("wn:" + form, 1.0);
            }
            if (i + 1 < tokens.size() && reading.sentenceOf(i + 1) == reading.sentenceOf(i)) {
                words.put("b" + mark + ":" + form + " " + tokens.get(i + 1).form(), 1.0);
            }
        }
        addNormalised(vector, words, 1.0);
        Map<String, Double> chars = new TreeMap<>();
        if ("ja".equals(language)) {
            String text = reading.unquotedText();
            StringBuilder run = new StringBuilder();
            for (int at = 0; at < text.length(); at++) {
                char c = text.charAt(at);
                if (Character.isLetterOrDigit(c)) {
                    run.append(c);
                } else {
                    charGrams(run.toString(), 1, 3, "", chars);
                    run.setLength(0);
                }
            }
            charGrams(run.toString(), 1, 3, "", chars);
        } else {
            for (int i = 0; i < tokens.size(); i++) {
                if (i > 0 && tokens.get(i).start() == tokens.get(i - 1).start()) {
                    continue; // an English contraction opened into two words: one spoken word
                }
                charGrams("<" + tokens.get(i).surface() + ">", 3, 5, reading.inNegatedClause(i) ? "n" : "", chars);
            }
        }
        addNormalised(vector, chars, 1.0);
        Map<String, Double> lexical = new TreeMap<>();
        lexicon.groupsIn(reading).forEach((group, negated) -> lexical.put((negated ? "gn:" : "g:") + group, 1.0));
        scores.forEach((rule, score) -> {
            lexical.put("p:" + rule.wireName(), Math.min(score, SCORE_CAP) / PATTERN_SCALE);
            if (score >= PATTERN_SCALE) {
                lexical.put("pf:" + rule.wireName(), 1.0);
            }
        });
        lexical.forEach((name, value) -> vector.merge(index(name), LEXICON_WEIGHT * value, Double::sum));
        int[] indices = new int[vector.size()];
        double[] values = new double[vector.size()];
        int n = 0;
        for (Map.Entry<Integer, Double> e : vector.entrySet()) {
            indices[n] = e.getKey();
            values[n++] = e.getValue();
        }
        return new SparseVector(indices, values);
    }

    private static void charGrams(String word, int min, int max, String mark, Map<String, Double> into) {
        for (int n = min; n <= max; n++) {
            for (int at = 0; at + n <= word.length(); at++) {
                into.put("c" + mark + ":" + word.substring(at, at + n), 1.0);
            }
        }
    }

    private static void addNormalised(TreeMap<Integer, Double> vector, Map<String, Double> block, double scale) {
        if (block.isEmpty()) {
            return;
        }
        double norm = Math.sqrt(block.values().stream().mapToDouble(v -> v * v).sum());
        block.forEach((name, value) -> vector.merge(index(name), scale * value / norm, Double::sum));
    }

    /** The slot of a feature: a stable hash of its name (String's hash is fixed by the language), spread. */
    static int index(String name) {
        int h = name.hashCode();
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        h ^= h >>> 16;
        return h & (DIMENSION - 1);
    }
}
