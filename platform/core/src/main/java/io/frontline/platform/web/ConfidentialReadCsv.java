package io.frontline.platform.web;

import io.frontline.platform.domain.ConfidentialRead;

import java.util.List;

/**
 * The trail of confidential reads as CSV (RFC 4180, UTF-8, CRLF), for HQ safety and admins to take out of a
 * service. A value that a spreadsheet would run as a formula is written as text.
 */
public final class ConfidentialReadCsv {
    public static final String MEDIA_TYPE = "text/csv";

    private ConfidentialReadCsv() {
    }

    public static String of(List<ConfidentialRead> reads) {
        StringBuilder csv = new StringBuilder("id,at,actor,kind,target,outcome\r\n");
        for (ConfidentialRead r : reads) {
            csv.append(r.id()).append(',').append(r.at()).append(',').append(field(r.actor())).append(',')
                    .append(field(r.kind())).append(',').append(field(r.target())).append(',')
                    .append(r.granted() ? "granted" : "refused").append("\r\n");
        }
        return csv.toString();
    }

    static String field(String value) {
        String text = value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0
                || text.startsWith("'")) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
