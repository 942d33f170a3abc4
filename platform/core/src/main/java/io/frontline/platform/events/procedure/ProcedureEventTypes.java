package io.frontline.platform.events.procedure;

import java.util.List;

/**
 * Event types of the internal unwanted-behaviour procedure (seed 004), published by incident-service
 * on {@code incidents.events}. They carry no more personal data than their consumers need.
 */
public final class ProcedureEventTypes {
    public static final String COMPLAINT_FILED_V1 = "frontline.procedure.complaint-filed.v1";
    public static final String HEARING_HELD_V1 = "frontline.procedure.hearing-held.v1";
    public static final String INTERIM_MEASURE_REQUESTED_V1 = "frontline.procedure.interim-measure-requested.v1";
    public static final String REPORT_ISSUED_V1 = "frontline.procedure.report-issued.v1";
    public static final String DECISION_TAKEN_V1 = "frontline.procedure.decision-taken.v1";
    public static final String OBJECTION_FILED_V1 = "frontline.procedure.objection-filed.v1";
    public static final String OBJECTION_ANSWERED_V1 = "frontline.procedure.objection-answered.v1";
    public static final String TERM_MISSED_V1 = "frontline.procedure.term-missed.v1";

    public static final List<String> ALL = List.of(COMPLAINT_FILED_V1, HEARING_HELD_V1, INTERIM_MEASURE_REQUESTED_V1,
            REPORT_ISSUED_V1, DECISION_TAKEN_V1, OBJECTION_FILED_V1, OBJECTION_ANSWERED_V1, TERM_MISSED_V1);

    private ProcedureEventTypes() {
    }
}
