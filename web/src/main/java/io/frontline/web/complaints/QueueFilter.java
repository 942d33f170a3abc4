package io.frontline.web.complaints;

import jakarta.ws.rs.QueryParam;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/** The queue's filter form (GET): what the person chose, sent on to the service and kept in the next page's link. */
public class QueueFilter {
    /** {@code open} (the default), {@code all} or one status. */
    @QueryParam("status")
    public String status;
    @QueryParam("site")
    public String site;
    /** {@code mine}, {@code unassigned} or empty. */
    @QueryParam("assignee")
    public String assignee;
    @QueryParam("category")
    public String category;
    @QueryParam("channel")
    public String channel;
    /** {@code soon}, {@code overdue} or empty. */
    @QueryParam("due")
    public String due;
    @QueryParam("from")
    public String from;
    @QueryParam("to")
    public String to;
    @QueryParam("reference")
    public String reference;
    @QueryParam("sort")
    public String sort;
    @QueryParam("cursor")
    public String cursor;

    String statusOrDefault() {
        return filled(status) ? status : "open";
    }

    /** The link to this filter's page starting at {@code nextCursor} (null: the first page). */
    String link(String nextCursor) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("status", statusOrDefault());
        params.put("site", site);
        params.put("assignee", assignee);
        params.put("category", category);
        params.put("channel", channel);
        params.put("due", due);
        params.put("from", from);
        params.put("to", to);
        params.put("reference", reference);
        params.put("sort", sort);
        params.put("cursor", nextCursor);
        StringJoiner query = new StringJoiner("&", ComplaintQueuePage.PATH + "?", "");
        params.forEach((name, value) -> {
            if (filled(value)) {
                query.add(name + "=" + URLEncoder.encode(value.strip(), StandardCharsets.UTF_8));
            }
        });
        return query.toString();
    }

    static boolean filled(String value) {
        return value != null && !value.isBlank();
    }

    static String blankToNull(String value) {
        return filled(value) ? value.strip() : null;
    }
}
