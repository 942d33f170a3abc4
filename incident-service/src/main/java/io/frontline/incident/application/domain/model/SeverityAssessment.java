package io.frontline.incident.application.domain.model;

import java.util.Objects;
import java.util.Set;

/**
 * The severity of an incident and why: the {@link SeverityRule} that fired and whether it was raised one
 * level because the perpetrator has {@value #REPEAT_THRESHOLD} or more confirmed incidents in the last
 * twelve months (repeated abuse weighs heavier: discrimination or verbal abuse becomes high, an
 * unreasonable demand medium).
 */
public record SeverityAssessment(SeverityRule rule, Severity severity, boolean raisedForRepeatPerpetrator) {
    public static final int REPEAT_THRESHOLD = 2;

    public SeverityAssessment {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
    }

    /**
     * @param confirmedIncidentsOfPerpetrator confirmed incidents of the same subject key in the twelve
     *                                        months before the report (0 when the perpetrator is unknown)
     */
    public static SeverityAssessment of(Set<IncidentType> types, boolean immediateDanger,
                                        long confirmedIncidentsOfPerpetrator) {
        SeverityRule rule = SeverityRule.firing(types, immediateDanger);
        boolean repeat = confirmedIncidentsOfPerpetrator >= REPEAT_THRESHOLD;
        return new SeverityAssessment(rule, repeat ? rule.severity().raised() : rule.severity(), repeat);
    }
}
