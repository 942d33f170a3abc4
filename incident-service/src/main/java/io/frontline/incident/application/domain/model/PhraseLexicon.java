package io.frontline.incident.application.domain.model;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One language's weighted phrase patterns for live detection (DESIGN.md, "Call-center detection": threats
 * count whether or not they use swear words). A pattern is a sequence of word slots over the tokeniser's
 * normal forms — "I … kill|hurt|beat … you" — so it recognises a way of saying something, not one sentence.
 * Words the caller quotes ("he said 'I'll kill you'") do not count, and a pattern preceded or followed
 * within its clause by a negation ("I would never hurt you") does not count unless it is marked as
 * holding under negation.
 *
 * <p>The text format, one statement a line ({@code #} starts a comment):
 * <pre>
 * negation-window 3 1                       words before and after a match that a negation reaches
 * &#64;negation = not, never, nobody            the negation cues
 * &#64;harm = kill, hurt, beat up, stab*        a group: words, phrases, prefixes of the spoken word (*)
 * threatening-language 3 &#64;self ~2 &#64;harm ~1 &#64;you
 * threatening-language 3! you will regret   a pattern that holds under negation ("!")
 * </pre>
 * A pattern is {@code <rule> <weight>[!] <slot> [~N] <slot> ...}: a slot is a word or phrase (words joined
 * by {@code _}), the start {@code kut*} or end {@code *knieën} of a spoken word (Dutch compounds), a
 * {@code @group} or alternatives joined by {@code |}; {@code ~N} lets up to N other words
 * stand before the next slot (otherwise it follows at once). Slots never reach across a sentence.
 */
public final class PhraseLexicon {
    private static final Pattern QUOTED = Pattern.compile(
            "“[^”]*”|„[^”“\"]*[”“\"]|«[^»]*»|「[^」]*」|『[^』]*』|\"[^\"]*\""
                    + "|(?<![\\p{L}\\p{N}])‘.*?’(?![\\p{L}])|(?<![\\p{L}\\p{N}])'.*?'(?![\\p{L}])");
    private static final String SENTENCE_ENDS = ".!?。！？\n";
    private static final String CLAUSE_ENDS = ",，、;；:：";

    private final Tokeniser tokeniser;
    private final List<PhrasePattern> patterns;
    private final List<List<Slot>> negationCues;
    private final int negationBefore;
    private final int negationAfter;
    private final Map<String, List<List<Slot>>> groups;

    private PhraseLexicon(Tokeniser tokeniser, List<PhrasePattern> patterns, List<List<Slot>> negationCues,
                          int negationBefore, int negationAfter, Map<String, List<List<Slot>>> groups) {
        this.tokeniser = tokeniser;
        this.patterns = List.copyOf(patterns);
        this.negationCues = List.copyOf(negationCues);
        this.negationBefore = negationBefore;
        this.negationAfter = negationAfter;
        this.groups = Map.copyOf(groups);
    }

    /** A weighted pattern of one rule, as written in the lexicon. */
    public record PhrasePattern(LiveRule rule, int weight, boolean holdsUnderNegation, String source,
                                List<Element> elements) {
        public PhrasePattern {
            if (!rule.isLanguageRule()) {
                throw new IllegalArgumentException(rule.wireName() + " is not decided by words");
            }
            if (weight < 1) {
                throw new IllegalArgumentException("a pattern weighs at least 1: " + source);
            }
            elements = List.copyOf(elements);
        }
    }

    /** A slot of a pattern: up to {@code gap} other words, then one of the alternatives. */
    public record Element(int gap, List<List<Slot>> alternatives) {
        public Element {
            alternatives = List.copyOf(alternatives);
        }
    }

    /** One word of an alternative: the normal form it must have, or the start or end of the spoken word. */
    public record Slot(String text, Kind kind) {
        public enum Kind { FORM, PREFIX, SUFFIX }

        boolean matches(Token token) {
            return switch (kind) {
                case FORM -> token.form().equals(text);
                case PREFIX -> token.surface().startsWith(text);
                case SUFFIX -> token.surface().endsWith(text);
            };
        }
    }

    public static PhraseLexicon parse(List<String> lines, Tokeniser tokeniser) {
        Objects.requireNonNull(tokeniser, "tokeniser");
        Map<String, List<List<Slot>>> groups = new HashMap<>();
        List<PhrasePattern> patterns = new ArrayList<>();
        int before = 3;
        int after = 1;
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("@")) {
                int eq = line.indexOf('=');
                if (eq < 0) {
                    throw new IllegalArgumentException("a group needs '=': " + line);
                }
                String name = line.substring(1, eq).strip();
                List<List<Slot>> entries = new ArrayList<>();
                for (String entry : line.substring(eq + 1).split(",")) {
                    if (!entry.isBlank()) {
                        entries.addAll(alternatives(entry.strip(), groups, tokeniser, line));
                    }
                }
                groups.merge(name, entries, (a, b) -> {
                    List<List<Slot>> all = new ArrayList<>(a);
                    all.addAll(b);
                    return all;
                });
                continue;
            }
            String[] parts = line.split("\\s+");
            if (parts[0].equals("negation-window")) {
                if (parts.length != 3) {
                    throw new IllegalArgumentException("negation-window <before> <after>: " + line);
                }
                before = Integer.parseInt(parts[1]);
                after = Integer.parseInt(parts[2]);
                continue;
            }
            if (parts.length < 3) {
                throw new IllegalArgumentException("not a pattern: " + line);
            }
            LiveRule rule = LiveRule.ofWireName(parts[0]);
            boolean holds = parts[1].endsWith("!");
            int weight = Integer.parseInt(holds ? parts[1].substring(0, parts[1].length() - 1) : parts[1]);
            List<Element> elements = new ArrayList<>();
            int gap = 0;
            for (int i = 2; i < parts.length; i++) {
                if (parts[i].matches("~\\d+")) {
                    gap = Integer.parseInt(parts[i].substring(1));
                    continue;
                }
                elements.add(new Element(elements.isEmpty() ? 0 : gap, alternatives(parts[i], groups, tokeniser, line)));
                gap = 0;
            }
            if (elements.isEmpty()) {
                throw new IllegalArgumentException("a pattern needs a word: " + line);
            }
            patterns.add(new PhrasePattern(rule, weight, holds, line, elements));
        }
        return new PhraseLexicon(tokeniser, patterns, groups.getOrDefault("negation", List.of()), before, after, groups);
    }

    private static List<List<Slot>> alternatives(String spec, Map<String, List<List<Slot>>> groups,
                                                 Tokeniser tokeniser, String line) {
        List<List<Slot>> alternatives = new ArrayList<>();
        for (String alternative : spec.split("\\|")) {
            String word = alternative.strip();
            if (word.isEmpty()) {
                continue;
            }
            if (word.startsWith("@")) {
                List<List<Slot>> group = groups.get(word.substring(1));
                if (group == null) {
                    throw new IllegalArgumentException("group " + word + " is used before it is defined: " + line);
                }
                alternatives.addAll(group);
            } else if (word.endsWith("*") && word.length() > 1) {
                alternatives.add(List.of(new Slot(word.substring(0, word.length() - 1).toLowerCase(Locale.ROOT),
                        Slot.Kind.PREFIX)));
            } else if (word.startsWith("*") && word.length() > 1) {
                alternatives.add(List.of(new Slot(word.substring(1).toLowerCase(Locale.ROOT), Slot.Kind.SUFFIX)));
            } else {
                List<Slot> sequence = tokeniser.tokens(word.replace('_', ' ')).stream()
                        .map(t -> new Slot(t.form(), Slot.Kind.FORM)).toList();
                if (sequence.isEmpty()) {
                    throw new IllegalArgumentException("'" + word + "' has no words: " + line);
                }
                alternatives.add(sequence);
            }
        }
        return alternatives;
    }

    public List<PhrasePattern> patterns() {
        return patterns;
    }

    /** The summed weight per rule of the patterns the utterance matches outside quotes and negations. */
    public Map<LiveRule, Integer> scores(String text) {
        return scores(read(text));
    }

    /**
     * The utterance as this lexicon reads it: the words outside quotes, each with its sentence and clause and
     * whether its clause holds a negation. Read once, it serves the patterns and the classifier's features.
     */
    public Reading read(String text) {
        return new Utterance(text, tokeniser.tokens(text));
    }

    /** The summed weight per rule of the patterns a read utterance matches outside quotes and negations. */
    public Map<LiveRule, Integer> scores(Reading reading) {
        Utterance utterance = (Utterance) reading;
        Map<LiveRule, Integer> scores = new EnumMap<>(LiveRule.class);
        for (PhrasePattern pattern : patterns) {
            if (utterance.matches(pattern)) {
                scores.merge(pattern.rule(), pattern.weight(), Integer::sum);
            }
        }
        return scores;
    }

    /**
     * The rules whose patterns this utterance matches only inside a negated clause ("I would never hurt you"): matched
     * once the negation is set aside, and by no pattern of the rule outside one. The classifier's word features cannot
     * tell "never hurt" from "hurt"; {@link LiveDetection} leaves such a rule to the patterns.
     */
    public java.util.Set<LiveRule> negatedOnly(Reading reading) {
        Utterance utterance = (Utterance) reading;
        java.util.Set<LiveRule> negated = java.util.EnumSet.noneOf(LiveRule.class);
        java.util.Set<LiveRule> held = java.util.EnumSet.noneOf(LiveRule.class);
        for (PhrasePattern pattern : patterns) {
            if (utterance.matches(pattern)) {
                held.add(pattern.rule());
            } else if (utterance.matchesSettingNegationAside(pattern)) {
                negated.add(pattern.rule());
            }
        }
        negated.removeAll(held);
        return negated;
    }

    /** The patterns the utterance matches; for explaining a result. */
    public List<PhrasePattern> matching(String text) {
        Utterance utterance = new Utterance(text, tokeniser.tokens(text));
        return patterns.stream().filter(utterance::matches).toList();
    }

    /**
     * The word groups ({@code @harm}, {@code @body}, ...) that occur in a read utterance, each with whether it
     * stands in a negated clause ({@code true}) or not ({@code false}; a group found in both counts as not negated).
     * The negation cues themselves are a group too.
     */
    public Map<String, Boolean> groupsIn(Reading reading) {
        Utterance utterance = (Utterance) reading;
        Map<String, Boolean> found = new java.util.TreeMap<>();
        groups.forEach((name, entries) -> {
            for (int i = 0; i < utterance.tokens.length; i++) {
                for (List<Slot> entry : entries) {
                    if (utterance.sequenceAt(entry, i, utterance.sentence[i]) >= 0) {
                        found.merge(name, utterance.negatedClause[i], Boolean::logicalAnd);
                        break;
                    }
                }
            }
        });
        return found;
    }

    /** An utterance read by a lexicon: its words outside quotes, with where each stands. */
    public sealed interface Reading permits Utterance {
        /** The words outside quotes, in order. */
        List<Token> words();

        /** The sentence the word at this index stands in (0, 1, ...). */
        int sentenceOf(int word);

        /** Whether the clause of the word at this index holds a negation cue. */
        boolean inNegatedClause(int word);

        /** The text with quoted passages blanked out. */
        String unquotedText();
    }

    /** The caller's words outside quotes, with the sentence and clause each stands in. */
    private final class Utterance implements Reading {
        private final Token[] tokens;
        private final int[] sentence;
        private final int[] clause;
        private final boolean[] negatedClause;
        private final String unquoted;

        Utterance(String text, List<Token> all) {
            BitSet quoted = new BitSet(text.length());
            Matcher quote = QUOTED.matcher(text);
            while (quote.find()) {
                quoted.set(quote.start(), quote.end());
            }
            List<Token> kept = new ArrayList<>(all.size());
            for (Token token : all) {
                if (token.start() < 0 || token.start() >= text.length() || !quoted.get(token.start())) {
                    kept.add(token);
                }
            }
            tokens = kept.toArray(Token[]::new);
            sentence = new int[tokens.length];
            clause = new int[tokens.length];
            int s = 0;
            int c = 0;
            int at = 0;
            for (int i = 0; i < tokens.length; i++) {
                int start = Math.max(0, Math.min(tokens[i].start(), text.length()));
                for (; at < start; at++) {
                    char ch = text.charAt(at);
                    if (SENTENCE_ENDS.indexOf(ch) >= 0 && !decimalPoint(text, at)) {
                        s++;
                        c++;
                    } else if (CLAUSE_ENDS.indexOf(ch) >= 0) {
                        c++;
                    }
                }
                sentence[i] = s;
                clause[i] = c;
            }
            negatedClause = new boolean[tokens.length];
            for (int i = 0; i < tokens.length; i++) {
                for (List<Slot> cue : negationCues) {
                    int end = sequenceAt(cue, i, sentence[i]);
                    if (end >= 0) {
                        for (int j = 0; j < tokens.length; j++) {
                            if (clause[j] == clause[i]) {
                                negatedClause[j] = true;
                            }
                        }
                        break;
                    }
                }
            }
            StringBuilder blanked = new StringBuilder(text);
            quoted.stream().forEach(q -> blanked.setCharAt(q, ' '));
            unquoted = blanked.toString();
        }

        @Override
        public List<Token> words() {
            return java.util.Arrays.asList(tokens);
        }

        @Override
        public int sentenceOf(int word) {
            return sentence[word];
        }

        @Override
        public boolean inNegatedClause(int word) {
            return negatedClause[word];
        }

        @Override
        public String unquotedText() {
            return unquoted;
        }

        private static boolean decimalPoint(String text, int at) {
            return text.charAt(at) == '.' && at > 0 && at + 1 < text.length()
                    && Character.isDigit(text.charAt(at - 1)) && Character.isDigit(text.charAt(at + 1));
        }

        boolean matches(PhrasePattern pattern) {
            for (int start = 0; start < tokens.length; start++) {
                int end = match(pattern.elements(), 0, start, sentence[start]);
                if (end >= 0 && (pattern.holdsUnderNegation() || !negated(start, end))) {
                    return true;
                }
            }
            return false;
        }

        boolean matchesSettingNegationAside(PhrasePattern pattern) {
            for (int start = 0; start < tokens.length; start++) {
                if (match(pattern.elements(), 0, start, sentence[start]) >= 0) {
                    return true;
                }
            }
            return false;
        }

        private int match(List<Element> elements, int index, int from, int inSentence) {
            Element element = elements.get(index);
            for (int gap = 0; gap <= element.gap(); gap++) {
                int at = from + gap;
                if (at >= tokens.length || sentence[at] != inSentence) {
                    return -1;
                }
                for (List<Slot> alternative : element.alternatives()) {
                    int end = sequenceAt(alternative, at, inSentence);
                    if (end >= 0) {
                        int rest = index + 1 == elements.size() ? end : match(elements, index + 1, end, inSentence);
                        if (rest >= 0) {
                            return rest;
                        }
                    }
                }
            }
            return -1;
        }

        private int sequenceAt(List<Slot> sequence, int at, int inSentence) {
            for (int k = 0; k < sequence.size(); k++) {
                int i = at + k;
                if (i >= tokens.length || sentence[i] != inSentence || !sequence.get(k).matches(tokens[i])) {
                    return -1;
                }
            }
            return at + sequence.size();
        }

        private boolean negated(int start, int end) {
            for (int i = Math.max(0, start - negationBefore); i < Math.min(tokens.length, end + negationAfter); i++) {
                boolean inReach = i >= start && i < end
                        || i < start && clause[i] == clause[start]
                        || i >= end && clause[i] == clause[end - 1];
                if (inReach) {
                    for (List<Slot> cue : negationCues) {
                        if (sequenceAt(cue, i, sentence[i]) >= 0) {
                            return true;
                        }
                    }
                }
            }
            return false;
        }
    }
}
