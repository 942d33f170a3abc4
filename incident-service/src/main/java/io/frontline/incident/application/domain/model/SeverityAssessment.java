package io.frontline.incident.application.domain.model;

import java.util.Objects;
import java.util.Set;

/**
 * The severity of an incident and why: the {@link SeverityRule} that fired and whether it was raised one
 * level because the perpetrator has {@value #REPEAT_THRESHOLD} or more confirmed incidents within the chain's
 * repeat window ({@code RepeatWindow}, twelve months by default, counted in the site's calendar; repeated abuse weighs heavier: discrimination or verbal abuse becomes high, an
 * unreasonable demand medium).
 */
public record SeverityAssessment(SeverityRule rule, Severity severity, boolean raisedForRepeatPerpetrator) {
    public static final int REPEAT_THRESHOLD = 2;

    public SeverityAssessment {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
    }

    /**
     * @param confirmedIncidentsOfPerpetrator confirmed incidents of the same subject key within the
     *                                        chain's repeat window before the report (0 when the perpetrator is unknown)
     */
    public static SeverityAssessment of(Set<IncidentType> types, boolean immediateDanger,
                                        long confirmedIncidentsOfPerpetrator) {
        SeverityRule rule = SeverityRule.firing(types, immediateDanger);
        boolean repeat = confirmedIncidentsOfPerpetrator >= REPEAT_THRESHOLD;
        return new SeverityAssessment(rule, repeat ? rule.severity().raised() : rule.severity(), repeat);
    }

    /**
     * The assessment once facts were added to the incident: the rules run again on all its types and the
     * immediate-danger flag. A raise for a repeat perpetrator, once given, stays (it held when it was given,
     * and added facts never make an incident less serious); otherwise it is given when the perpetrator named
     * now has {@value #REPEAT_THRESHOLD} or more confirmed incidents in the last twelve months.
     *
     * @param confirmedIncidentsOfNamedPerpetrator confirmed incidents of a perpetrator named with these
     *                                             facts (0 when none was named now)
     */
    public SeverityAssessment reassessed(Set<IncidentType> types, boolean immediateDanger,
                                         long confirmedIncidentsOfNamedPerpetrator) {
        SeverityAssessment fresh = of(types, immediateDanger, confirmedIncidentsOfNamedPerpetrator);
        return raisedForRepeatPerpetrator && !fresh.raisedForRepeatPerpetrator()
                ? new SeverityAssessment(fresh.rule(), fresh.rule().severity().raised(), true) : fresh;
    }
}
