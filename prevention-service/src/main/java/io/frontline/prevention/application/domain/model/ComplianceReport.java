package io.frontline.prevention.application.domain.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The evidence, duty by duty, that the employer's measures are in place (seed 000; Japan's revised Act from
 * 2026-10-01): for a site or the chain ({@code siteId} null), each figure with the date it holds for, and the gaps.
 * Incident figures count the window {@code from} through {@code to}.
 */
public record ComplianceReport(String siteId, LocalDate from, LocalDate to, Instant generatedAt, List<Figure> figures,
                               List<Gap> gaps) {
    public ComplianceReport {
        figures = List.copyOf(figures);
        gaps = List.copyOf(gaps);
    }

    /** One measured fact: a count, a percentage (one decimal) or a text, as of a date, with a short explanation. */
    public record Figure(String duty, String measure, Object value, LocalDate asOf, String detail) {
    }

    /** A duty not (fully) met, in words a manager acts on. */
    public record Gap(String duty, String text) {
    }
}
