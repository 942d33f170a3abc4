package io.frontline.incident.adapter.out.detection;

import io.frontline.incident.application.domain.model.LiveRule;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The labelled utterances live detection's classifier is trained on and measured with ({@code src/detection-corpus}
 * of the service): one TSV file per language and set, {@code labels<TAB>kind<TAB>text}, labels {@code T} threat,
 * {@code S} stalking, {@code E} exposure, {@code H} humiliating demand, {@code D} discrimination, {@code A} insult,
 * {@code -} none. Each utterance belongs to its author: the first author's sets ({@code <language>.tsv},
 * {@code -later}, {@code -unseen}, {@code -holdout}) are author {@code w0}; a set {@code <language>-w<k>.tsv} was
 * written by author {@code w<k>}. Cross-validation keeps an author's utterances together.
 */
final class LabelledCorpus {
    static final List<String> LANGUAGES = List.of("nl", "en", "ja");
    private static final Pattern FILE = Pattern.compile("(nl|en|ja)(-[a-z0-9]+)?\\.tsv");
    private static final Pattern WRITER = Pattern.compile("-(w\\d+)");

    private LabelledCorpus() {
    }

    /** One labelled utterance: its labels, what kind of line it is, its words, the set it is from and its author. */
    record Utterance(Set<LiveRule> labels, String kind, String text, String set, String author, int line) {
    }

    /** Every utterance of a language, set by set in the order of their file names. */
    static List<Utterance> read(Path folder, String language) {
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(p -> {
                Matcher m = FILE.matcher(p.getFileName().toString());
                return m.matches() && m.group(1).equals(language);
            }).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (files.isEmpty()) {
            throw new IllegalStateException("no labelled utterances for " + language + " in " + folder);
        }
        List<Utterance> utterances = new ArrayList<>();
        for (Path file : files) {
            Matcher m = FILE.matcher(file.getFileName().toString());
            m.matches();
            String set = m.group(2) == null ? "main" : m.group(2).substring(1);
            Matcher writer = WRITER.matcher(m.group(2) == null ? "" : m.group(2));
            String author = writer.matches() ? writer.group(1) : "w0";
            utterances.addAll(parse(readLines(file), set, author));
        }
        return utterances;
    }

    static List<Utterance> parse(List<String> lines, String set, String author) {
        List<Utterance> utterances = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\t", 3);
            if (parts.length < 3) {
                throw new IllegalArgumentException(set + ":" + (i + 1) + " is not labels<TAB>kind<TAB>text");
            }
            Set<LiveRule> labels = EnumSet.noneOf(LiveRule.class);
            if (!parts[0].strip().equals("-")) {
                for (String code : parts[0].split(",")) {
                    labels.add(category(code.strip()));
                }
            }
            utterances.add(new Utterance(labels, parts[1].strip(), parts[2].strip(), set, author, i + 1));
        }
        return utterances;
    }

    static LiveRule category(String code) {
        return switch (code) {
            case "T" -> LiveRule.THREATENING_LANGUAGE;
            case "S" -> LiveRule.STALKING;
            case "E" -> LiveRule.EXPOSURE_THREAT;
            case "H" -> LiveRule.HUMILIATING_DEMAND;
            case "D" -> LiveRule.DISCRIMINATION;
            case "A" -> LiveRule.ABUSIVE_LANGUAGE;
            default -> throw new IllegalArgumentException("unknown label " + code);
        };
    }

    private static List<String> readLines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
