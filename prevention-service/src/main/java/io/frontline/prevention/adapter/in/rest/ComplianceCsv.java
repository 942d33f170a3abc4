package io.frontline.prevention.adapter.in.rest;

import io.frontline.prevention.application.domain.model.ComplianceReport;

/**
 * The compliance report as CSV (RFC 4180): {@code scope,duty,measure,value,as_of,detail}, one row per figure, then
 * {@code scope,duty,gap,,,text} per gap. Fields that start like a formula are prefixed with an apostrophe so a
 * spreadsheet shows them as text.
 */
final class ComplianceCsv {
    private ComplianceCsv() {
    }

    static String write(ComplianceReport report) {
        String scope = report.siteId() == null ? "chain" : report.siteId();
        StringBuilder out = new StringBuilder("scope,duty,measure,value,as_of,detail\r\n");
        for (ComplianceReport.Figure f : report.figures()) {
            row(out, scope, f.duty(), f.measure(), String.valueOf(f.value()), String.valueOf(f.asOf()), f.detail());
        }
        for (ComplianceReport.Gap g : report.gaps()) {
            row(out, scope, g.duty(), "gap", "", "", g.text());
        }
        return out.toString();
    }

    private static void row(StringBuilder out, String... fields) {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(field(fields[i]));
        }
        out.append("\r\n");
    }

    static String field(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0 && !v.matches("-?\\d+(\\.\\d+)?")) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            v = "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }
}
