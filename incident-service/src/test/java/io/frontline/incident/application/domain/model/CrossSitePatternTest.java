package io.frontline.incident.application.domain.model;

import io.frontline.platform.domain.SubjectKey;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class CrossSitePatternTest {
    private static final Instant NOW = Instant.parse("2026-11-02T14:03:10Z");
    private static final SubjectKey SUBJECT = new SubjectKey("sk1_q0Jx3mQ2k9vTt7bR8mWc1nLhP4sY6uZa0eGf5iKd2Oo");
    private final CrossSitePattern pattern = new CrossSitePattern(new PatternThresholds(3, 2, Duration.ofDays(30)));

    private static SubjectSighting at(String site, Duration ago) {
        return new SubjectSighting(UUID.randomUUID(), site, NOW.minus(ago));
    }

    @Test
    void three_reports_from_two_sites_within_thirty_days_are_a_pattern() {
        assertThat(pattern.detect(SUBJECT, List.of(at("ams-centrum", Duration.ofDays(20)),
                at("ams-centrum", Duration.ofDays(3)), at("utr-centraal", Duration.ZERO)), null, NOW))
                .hasValueSatisfying(p -> assertThat(p.siteIds()).containsExactly("ams-centrum", "utr-centraal"));
    }

    @Test
    void reports_from_one_site_or_outside_the_window_are_no_pattern() {
        assertThat(pattern.detect(SUBJECT, List.of(at("ams-centrum", Duration.ofDays(2)),
                at("ams-centrum", Duration.ofDays(1)), at("ams-centrum", Duration.ZERO)), null, NOW)).isEmpty();
        assertThat(pattern.detect(SUBJECT, List.of(at("ams-centrum", Duration.ofDays(31)),
                at("ein-centrum", Duration.ofDays(1)), at("utr-centraal", Duration.ZERO)), null, NOW)).isEmpty();
    }

    @Test
    void a_pattern_is_told_once_per_window() {
        List<SubjectSighting> four = List.of(at("ams-centrum", Duration.ofDays(3)), at("ein-centrum", Duration.ofDays(2)),
                at("utr-centraal", Duration.ofDays(1)), at("ams-centrum", Duration.ZERO));
        assertThat(pattern.detect(SUBJECT, four, NOW.minus(Duration.ofDays(1)), NOW)).isEmpty();
        assertThat(pattern.detect(SUBJECT, four, NOW.minus(Duration.ofDays(31)), NOW)).isPresent();
    }
}
