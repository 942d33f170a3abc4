package io.frontline.prevention.adapter.out.persistence;

import io.frontline.prevention.application.domain.model.CaseStudy;
import io.frontline.prevention.application.domain.model.Review;

import java.time.YearMonth;
import java.util.List;

/**
 * What a review row keeps as JSON (the columns {@code review.figures} and {@code review.case_studies}), in shapes
 * of their own so renaming or reshaping {@link Review.Figures} or {@link CaseStudy} cannot silently change stored
 * rows or break reading the ones written before (CONTRIBUTING.md, "One persistence rule"). The field names are the
 * ones reviews have been stored with since V1.
 */
final class StoredReview {
    private StoredReview() {
    }

    record StoredFigures(int incidentsReported, int incidentsConfirmed, int incidentsClosed, int complaintsReceived) {
        static StoredFigures of(Review.Figures f) {
            return new StoredFigures(f.incidentsReported(), f.incidentsConfirmed(), f.incidentsClosed(),
                    f.complaintsReceived());
        }

        Review.Figures toDomain() {
            return new Review.Figures(incidentsReported, incidentsConfirmed, incidentsClosed, complaintsReceived);
        }
    }

    /** {@code month} as ISO-8601 {@code 2026-08}. */
    record StoredCaseStudy(int number, String siteId, String month, List<String> types, String severity,
                           String outcome, String lesson) {
        static StoredCaseStudy of(CaseStudy c) {
            return new StoredCaseStudy(c.number(), c.siteId(), c.month() == null ? null : c.month().toString(),
                    c.types(), c.severity(), c.outcome(), c.lesson());
        }

        CaseStudy toDomain() {
            return new CaseStudy(number, siteId, month == null ? null : YearMonth.parse(month),
                    types == null ? List.of() : types, severity, outcome, lesson);
        }
    }
}
