package io.frontline.complaint.adapter.out.screening;

import io.frontline.platform.domain.WireName;
import io.frontline.complaint.application.domain.model.ConductIndicator;
import io.frontline.complaint.application.port.out.ScreenConductPort;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Screening by word lists and patterns in Dutch, English and Japanese ({@code screening/<lang>.txt}, one
 * {@code indicator | regular expression} a line). Every list is applied to every text: complainants mix
 * languages. It suggests; a person decides (seed 000).
 */
@ApplicationScoped
class WordListScreening implements ScreenConductPort {
    static final List<String> LANGUAGES = List.of("nl", "en", "ja");
    /** Longer than a few pages reads as excessive (seed 000: excessive length). */
    static final int EXCESSIVE_LENGTH = 6000;
    /** The same sentence three times or more reads as repetition. */
    static final int REPETITIONS = 3;

    private final Map<ConductIndicator, List<Pattern>> patterns;

    WordListScreening() {
        this.patterns = load();
    }

    @Override
    public Set<ConductIndicator> screen(String text) {
        Set<ConductIndicator> found = EnumSet.noneOf(ConductIndicator.class);
        String lower = text.toLowerCase(Locale.ROOT);
        patterns.forEach((indicator, list) -> {
            if (list.stream().anyMatch(p -> p.matcher(lower).find())) {
                found.add(indicator);
            }
        });
        if (text.length() > EXCESSIVE_LENGTH || repeats(lower)) {
            found.add(ConductIndicator.EXCESSIVE_LENGTH_OR_REPETITION);
        }
        return found;
    }

    private static boolean repeats(String text) {
        Map<String, Integer> seen = new HashMap<>();
        for (String sentence : text.split("[.!?。！？\\n]+")) {
            String s = sentence.strip();
            if (s.length() >= 8 && seen.merge(s, 1, Integer::sum) >= REPETITIONS) {
                return true;
            }
        }
        return false;
    }

    private static Map<ConductIndicator, List<Pattern>> load() {
        Map<ConductIndicator, List<Pattern>> result = new HashMap<>();
        for (String language : LANGUAGES) {
            String resource = "screening/" + language + ".txt";
            try (InputStream in = WordListScreening.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("missing word list " + resource);
                }
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                String line;
                while ((line = reader.readLine()) != null) {
                    if (line.isBlank() || line.startsWith("#")) {
                        continue;
                    }
                    int bar = line.indexOf('|');
                    ConductIndicator indicator = WireName.parse(ConductIndicator.class, line.substring(0, bar), "indicator");
                    result.computeIfAbsent(indicator, k -> new ArrayList<>())
                            .add(Pattern.compile(line.substring(bar + 1).strip(), Pattern.UNICODE_CASE));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return result;
    }
}
