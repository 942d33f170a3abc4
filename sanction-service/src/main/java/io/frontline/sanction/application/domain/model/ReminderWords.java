package io.frontline.sanction.application.domain.model;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A short list per language of words that point at ethnicity, religion, health or sexual orientation: a reminder
 * to whoever writes a door profile that these do not belong in it (GDPR art. 9). It warns and never refuses, and it
 * does not claim to be complete — describe what staff can see (clothing, height, build), not who someone is.
 */
public final class ReminderWords {
    private static final Map<String, List<String>> WORDS = Map.of(
            "en", List.of("ethnic", "race", "racial", "religion", "religious", "muslim", "jewish", "christian",
                    "hindu", "headscarf", "disabled", "disability", "illness", "mental", "pregnant", "gay", "lesbian",
                    "transgender", "homosexual", "sexual orientation", "nationality"),
            "nl", List.of("etnisch", "etniciteit", "ras", "afkomst", "allochtoon", "religie", "geloof", "moslim",
                    "joods", "christelijk", "hoofddoek", "gehandicapt", "handicap", "ziekte", "psychisch",
                    "zwanger", "homo", "lesbisch", "transgender", "seksuele geaardheid", "nationaliteit"),
            "ja", List.of("人種", "民族", "国籍", "宗教", "イスラム", "ユダヤ", "キリスト教", "障害", "病気", "精神",
                    "妊娠", "同性愛", "性的指向", "トランスジェンダー"));

    private ReminderWords() {
    }

    /** The reminder list of one language (nl, en, ja), for the form that edits a profile. */
    public static List<String> of(String language) {
        return WORDS.getOrDefault(language, List.of());
    }

    /** The words of any language's list that occur in {@code text}, in the order of the lists. */
    public static List<String> foundIn(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String lower = text.toLowerCase(Locale.ROOT);
        Set<String> found = new LinkedHashSet<>();
        for (String language : List.of("nl", "en", "ja")) {
            for (String word : WORDS.get(language)) {
                if (containsWord(lower, word)) {
                    found.add(word);
                }
            }
        }
        return new ArrayList<>(found);
    }

    /** Latin words match at word starts ("ras" is not found in "grass"); Japanese ones anywhere. */
    private static boolean containsWord(String text, String word) {
        int from = 0;
        while (true) {
            int at = text.indexOf(word, from);
            if (at < 0) {
                return false;
            }
            boolean latin = word.chars().allMatch(c -> c < 0x3000);
            if (!latin || at == 0 || !Character.isLetter(text.charAt(at - 1))) {
                int end = at + word.length();
                if (!latin || word.length() > 4 || end == text.length() || !Character.isLetter(text.charAt(end))) {
                    return true;
                }
            }
            from = at + 1;
        }
    }
}
