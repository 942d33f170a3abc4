package io.frontline.prevention.application.domain.model;

import java.time.YearMonth;
import java.util.List;

/**
 * A closed incident told as a case study for the review (seed 000): the site, the month, its types, severity and
 * outcome, and the lesson — the closing recurrence-prevention note, anonymised. No incident id, reference, name or
 * subject key: the case study is read by people who have no business with the case itself.
 */
public record CaseStudy(int number, String siteId, YearMonth month, List<String> types, String severity,
                        String outcome, String lesson) {
}
