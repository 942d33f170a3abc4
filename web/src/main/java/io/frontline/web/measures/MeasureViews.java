package io.frontline.web.measures;

import java.util.List;

/** What the measures screens show, already in the reader's language; no rule of its own. */
final class MeasureViews {
    private MeasureViews() {
    }

    /** One of the work queues, as a link in the list page's navigation. */
    record Tab(String id, String label, String href, boolean current) {
    }

    /** A measure in a list. */
    record Row(String id, String type, String statusCode, String status, String site, String when, String refusal) {
    }

    /** One earlier fact the ladder weighed. */
    record HistoryRow(String kind, String label, String at) {
    }

    /** A measure on its own page, with what the reader may do with it. */
    record Detail(String id, String type, String statusCode, String status, String site, String siteId,
                  String customer, String employee, String duration, String starts, String until, String proposed,
                  String approved, String ended, List<String> terms, String rule, String explanation,
                  List<HistoryRow> history, boolean policeReport, boolean mayApprove, String refusal,
                  boolean mayReject, boolean mayLift, boolean mayObject, String objection, boolean mayDecideObjection,
                  String objectionRefusal, String objectionDecision, List<Row> pendingBeside) {
    }
}
