package io.frontline.prevention.application.domain.model;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes a lesson learned fit to share as a case study (seed 000: share incidents as case studies): removes subject
 * keys, e-mail addresses, phone numbers and incident or complaint references, and the names and user names of the
 * chain's people, so that the lesson stays and nobody can be recognised by what is written.
 */
public final class Anonymiser {
    private static final Pattern SUBJECT_KEY = Pattern.compile("sk1_[A-Za-z0-9_-]+");
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+");
    // International (+31, 0031) or national (06...) numbers; dates such as 2026-12-15 stay
    private static final Pattern PHONE = Pattern.compile("(?<![\\w+])(\\+|00|0)\\d[\\d ()-]{6,}\\d");
    private static final Pattern REFERENCE = Pattern.compile("\\b(INC|CMP|PRT)-\\d{4}-\\d{6}\\b");

    private final List<Pattern> names;

    /** {@code people}: the workforce, whose user ids, full names and each part of a name are removed. */
    public Anonymiser(List<Employee> people) {
        Set<String> words = new LinkedHashSet<>();
        for (Employee e : people) {
            words.add(e.userId());
            if (e.name() != null && !e.name().isBlank()) {
                words.add(e.name().strip());
                for (String part : e.name().strip().split("\\s+")) {
                    // "de", "van" and the like are not names on their own
                    if (part.length() > 3 || Character.isUpperCase(part.charAt(0)) && part.length() > 2) {
                        words.add(part);
                    }
                }
            }
        }
        this.names = words.stream().sorted(Comparator.comparingInt(String::length).reversed())
                .map(w -> Pattern.compile("(?<![\\p{L}\\d])" + Pattern.quote(w) + "(?![\\p{L}\\d])",
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE))
                .toList();
    }

    public String anonymise(String text) {
        if (text == null) {
            return null;
        }
        String out = SUBJECT_KEY.matcher(text).replaceAll("[customer]");
        out = EMAIL.matcher(out).replaceAll("[contact]");
        out = REFERENCE.matcher(out).replaceAll("[case]");
        out = PHONE.matcher(out).replaceAll("[contact]");
        for (Pattern name : names) {
            out = name.matcher(out).replaceAll(Matcher.quoteReplacement("[name]"));
        }
        return out;
    }
}
