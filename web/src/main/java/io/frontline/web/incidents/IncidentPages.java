package io.frontline.web.incidents;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontline.platform.domain.Organisation;
import io.frontline.platform.domain.Site;
import io.frontline.web.Option;
import io.frontline.web.Page;
import io.frontline.web.PageContext;
import io.frontline.web.ProblemPages;
import io.frontline.web.i18n.Dates;
import io.frontline.web.services.Incidents;
import io.frontline.web.services.PerpetratorHistory;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The incidents queue and the incident page of managers and HQ safety (issue 13): the queue with its filters, a
 * page at a time; the incident with its whole workflow, details, statements, care plan, police report and the
 * perpetrator's history across sites. incident-service decides every rule and the site scope: the pages show what
 * it answers, and its refusals in the reader's language.
 */
@Path("/incidents")
@Produces(MediaType.TEXT_HTML)
public class IncidentPages {
    static final List<String> STATUSES = List.of("reported", "triaged", "under-investigation", "confirmed",
            "unfounded", "closed");
    static final List<String> SEVERITIES = List.of("critical", "high", "medium", "low");
    static final List<String> TYPES = List.of("verbal-abuse", "threat", "physical-violence", "sexual-harassment",
            "unreasonable-demand", "excessive-contact", "discrimination", "online-defamation", "stalking",
            "property-damage", "other");
    static final List<String> SOURCES = List.of("staff-report", "call-center-detection", "complaint-flag", "manager");
    static final Map<String, String> SORTS = sorts();
    static final List<String> STATEMENT_ROLES = List.of("witness", "uninvolved", "victim", "perpetrator");
    static final int PAGE_SIZE = 25;

    private static Map<String, String> sorts() {
        Map<String, String> sorts = new LinkedHashMap<>();
        sorts.put("-reported", "sort_newest_reported");
        sorts.put("-severity", "sort_most_severe");
        sorts.put("reported", "sort_oldest_reported");
        sorts.put("-occurred", "sort_newest_occurred");
        sorts.put("occurred", "sort_oldest_occurred");
        sorts.put("severity", "sort_least_severe");
        return sorts;
    }

    @CheckedTemplate(basePath = "incidents")
    static class Templates {
        static native TemplateInstance queue(Page page, QueueView queue, String region, String regionName);

        static native TemplateInstance incident(Page page, IncidentView incident);
    }

    /** The queue page: the filter form as the person set it, one page of incidents, the link to the next. */
    public record QueueView(List<Option> statuses, List<Option> sites, List<Option> severities, List<Option> types,
                            List<Option> sources, List<Option> dates, List<Option> sorts, String from, String to,
                            List<QueueItem> items, String nextHref, String firstHref, boolean filtered,
                            String slotDay, String slotHour, String exportHref, Integer weekday, Integer hour) {
    }

    public record QueueItem(String id, String reference, String href, String site, String types, String severity,
                            String severityLabel, String status, String statusLabel, String source,
                            String reportedAt) {
    }

    @Inject
    PageContext context;

    @Inject
    Organisation organisation;

    @Inject
    Dates dates;

    @Inject
    ProblemPages problems;

    @RestClient
    Incidents incidents;

    @RestClient
    PerpetratorHistory histories;

    @GET
    @RolesAllowed({"site-manager", "regional-manager", "hq-safety", "admin"})
    public Response queue(@QueryParam("status") String status, @QueryParam("site") String site,
                          @QueryParam("severity") String severity, @QueryParam("type") String type,
                          @QueryParam("source") String source, @QueryParam("dates") String dateField,
                          @QueryParam("from") String from, @QueryParam("to") String to,
                          @QueryParam("weekday") String weekdayParam, @QueryParam("hour") String hourParam,
                          @QueryParam("sort") String sort, @QueryParam("cursor") String cursor,
                          @QueryParam("region") String regionParam) {
        Words words = Words.in(context.lang());
        // A region dashboard's drill-down (issue 14): exactly that region's incidents, within the person's scope.
        String region = regionParam != null && organisation.findRegion(regionParam).isPresent() ? regionParam : null;
        // A heat-map cell of the analytics dashboard: the weekday and hour it happened, at one site.
        Integer weekday = between(weekdayParam, 1, 7);
        Integer hour = between(hourParam, 0, 23);
        status = known(status, STATUSES);
        severity = known(severity, SEVERITIES);
        type = known(type, TYPES);
        source = known(source, SOURCES);
        site = site != null && organisation.findSite(site).isPresent() ? site : null;
        dateField = "occurred".equals(dateField) ? "occurred" : "reported";
        sort = sort != null && SORTS.containsKey(sort) ? sort : "-reported";
        ZoneId zone = dates.zoneOf(site);
        LocalDate fromDay = day(from);
        LocalDate toDay = day(to);
        JsonNode page;
        try {
            page = incidents.list(status, site, severity, type, source, dateField,
                    fromDay == null ? null : fromDay.atStartOfDay(zone).toInstant().toString(),
                    toDay == null ? null : toDay.plusDays(1).atStartOfDay(zone).toInstant().toString(),
                    site == null ? null : weekday, site == null ? null : hour, region, sort,
                    PAGE_SIZE, blank(cursor) ? null : cursor);
        } catch (WebApplicationException e) {
            Problem problem = Problem.of(e);
            if (problem.status() == 400 && !blank(cursor)) {
                // A cursor from an older page (or edited by hand): start again at the first page.
                return Response.seeOther(URI.create(withRegion(queueHref(status, site, severity, type, source,
                        dateField, from, to, weekday, hour, sort, null), region))).build();
            }
            return problems.refusal(problem.refusal());
        }
        List<QueueItem> items = new ArrayList<>();
        for (JsonNode i : page.path("items")) {
            String siteId = i.path("site").asText();
            List<String> types = new ArrayList<>();
            i.path("types").forEach(t -> types.add(words.type(t.asText())));
            items.add(new QueueItem(i.path("id").asText(), i.path("reference").asText(),
                    "/incidents/" + i.path("id").asText(), siteName(siteId), String.join(", ", types),
                    i.path("severity").asText(), words.get("severity_", i.path("severity").asText()),
                    i.path("status").asText(), words.status(i.path("status").asText()),
                    words.get("source_", i.path("source").asText()), dateTime(i.path("reportedAt"), siteId)));
        }
        final String chosenSite = site;
        final String chosenSort = sort;
        String next = page.path("next").isTextual() ? withRegion(queueHref(status, site, severity, type, source,
                dateField, from, to, weekday, hour, sort, page.path("next").asText()), region) : null;
        QueueView view = new QueueView(options(STATUSES, status, words::status),
                organisation.sites().stream().map(s -> new Option(s.id(), s.name(), s.id().equals(chosenSite)))
                        .toList(),
                options(SEVERITIES, severity, c -> words.get("severity_", c)), options(TYPES, type, words::type),
                options(SOURCES, source, c -> words.get("source_", c)),
                List.of(new Option("reported", words.texts().queue_dates_reported(), "reported".equals(dateField)),
                        new Option("occurred", words.texts().queue_dates_occurred(), "occurred".equals(dateField))),
                SORTS.entrySet().stream().map(s -> new Option(s.getKey(), words.get("", s.getValue()),
                        s.getKey().equals(chosenSort))).toList(),
                fromDay == null ? "" : fromDay.toString(), toDay == null ? "" : toDay.toString(), items, next,
                blank(cursor) ? null : withRegion(queueHref(status, site, severity, type, source, dateField, from,
                        to, weekday, hour, sort, null), region),
                status != null || site != null || severity != null || type != null || source != null
                        || fromDay != null || toDay != null || region != null,
                site == null || weekday == null ? null
                        : java.time.DayOfWeek.of(weekday).getDisplayName(java.time.format.TextStyle.FULL,
                        context.locale()),
                site == null || hour == null ? null : String.format("%02d:00–%02d:00", hour, hour + 1),
                "/analytics/export" + withRegion(queueHref(status, site, severity, type, source, dateField, from,
                        to, site == null ? null : weekday, site == null ? null : hour, null, null), region),
                site == null ? null : weekday, site == null ? null : hour);
        String regionName = region == null ? null
                : organisation.findRegion(region).map(io.frontline.platform.domain.Region::name).orElse(region);
        return Response.ok(context.localized(Templates.queue(context.page(), view, region, regionName))).build();
    }

    static String queueHref(String status, String site, String severity, String type, String source, String dates,
                            String from, String to, String sort, String cursor) {
        return queueHref(status, site, severity, type, source, dates, from, to, null, null, sort, cursor);
    }

    static String queueHref(String status, String site, String severity, String type, String source, String dates,
                            String from, String to, Integer weekday, Integer hour, String sort, String cursor) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("status", status);
        params.put("site", site);
        params.put("severity", severity);
        params.put("type", type);
        params.put("source", source);
        params.put("dates", dates);
        params.put("from", from);
        params.put("to", to);
        params.put("weekday", weekday == null ? null : weekday.toString());
        params.put("hour", hour == null ? null : hour.toString());
        params.put("sort", sort);
        params.put("cursor", cursor);
        StringBuilder href = new StringBuilder("/incidents");
        char separator = '?';
        for (Map.Entry<String, String> p : params.entrySet()) {
            if (!blank(p.getValue())) {
                href.append(separator).append(p.getKey()).append('=')
                        .append(URLEncoder.encode(p.getValue(), StandardCharsets.UTF_8));
                separator = '&';
            }
        }
        return href.toString();
    }

    /** The href with the region filter added (the queue's own hrefs keep it from page to page and into the export). */
    static String withRegion(String href, String region) {
        if (blank(region)) {
            return href;
        }
        return href + (href.contains("?") ? '&' : '?') + "region=" + URLEncoder.encode(region, StandardCharsets.UTF_8);
    }

    private static Integer between(String value, int min, int max) {
        if (value == null || !value.strip().matches("\\d{1,2}")) {
            return null;
        }
        int n = Integer.parseInt(value.strip());
        return n < min || n > max ? null : n;
    }

    // ---- the incident page ----

    @GET
    @Path("{id}")
    @RolesAllowed({"site-manager", "regional-manager", "hq-safety", "admin"})
    public Response incident(@PathParam("id") String id, @QueryParam("done") String done,
                             @QueryParam("statements") String showStatements) {
        if (!uuid(id)) {
            return problems.refusal(new io.frontline.web.services.ServiceRefusal(404, Map.of(), 0));
        }
        return show(id, done, "1".equals(showStatements), null, new ActionForm());
    }

    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({"site-manager", "regional-manager", "hq-safety", "admin"})
    public Response act(@PathParam("id") String id, @BeanParam ActionForm form) {
        if (!uuid(id)) {
            return problems.refusal(new io.frontline.web.services.ServiceRefusal(404, Map.of(), 0));
        }
        String action = form.action == null ? "" : form.action;
        String done;
        try {
            switch (action) {
                case "triage", "investigation", "confirmation", "unfounded", "closure", "reopening" -> {
                    incidents.step(id, action, note(form.note));
                    done = action;
                }
                case "details" -> {
                    incidents.addDetails(id, details(id, form));
                    done = "details";
                }
                case "statement" -> {
                    Map<String, Object> body = new LinkedHashMap<>();
                    body.put("authorRole", form.authorRole);
                    body.put("text", form.text == null ? null : form.text.strip());
                    incidents.addStatement(id, body);
                    done = "statement";
                }
                case "police-report" -> {
                    Map<String, Object> body = new LinkedHashMap<>();
                    body.put("station", form.station);
                    body.put("reference", form.reference);
                    body.put("filedOn", blank(form.filedOn) ? null : form.filedOn);
                    incidents.policeReport(id, body);
                    done = "police";
                }
                case "care" -> {
                    if (!uuid(form.taskId)) {
                        return problems.refusal(new io.frontline.web.services.ServiceRefusal(404, Map.of(), 0));
                    }
                    incidents.completeCareTask(id, form.taskId, "skipped".equals(form.outcome) ? "skipped" : "done",
                            Map.of("note", form.note == null ? "" : form.note.strip()));
                    done = "care";
                }
                case "referral" -> {
                    incidents.specialistReferral(id, Map.of());
                    done = "referral";
                }
                default -> {
                    return problems.refusal(new io.frontline.web.services.ServiceRefusal(404, Map.of(), 0));
                }
            }
        } catch (WebApplicationException e) {
            Problem problem = Problem.of(e);
            if (problem.endsThePage()) {
                return problems.refusal(problem.refusal());
            }
            return show(id, null, false, new Refused(action, problem), form);
        }
        return Response.seeOther(URI.create("/incidents/" + id + "?done=" + done)).build();
    }

    /** The refusal of one action, to be worded on the page next to that action. */
    record Refused(String action, Problem problem) {
    }

    private Map<String, Object> details(String id, ActionForm form) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (!blank(form.occurredAt)) {
            JsonNode incident = incidents.get(id);
            try {
                body.put("occurredAt", LocalDateTime.parse(form.occurredAt)
                        .atZone(dates.zoneOf(incident.path("site").asText(null))).toInstant().toString());
            } catch (DateTimeParseException e) {
                body.put("occurredAt", form.occurredAt);
            }
        }
        if (form.types != null && !form.types.isEmpty()) {
            body.put("types", form.types.stream().filter(TYPES::contains).toList());
        }
        if (!blank(form.victims)) {
            body.put("victims", names(form.victims));
        }
        if (!blank(form.witnesses)) {
            body.put("witnesses", names(form.witnesses));
        }
        if (!blank(form.perpetratorDescription)) {
            body.put("perpetrator", Map.of("description", form.perpetratorDescription.strip()));
        }
        if (form.danger != null) {
            body.put("immediateDanger", true);
        }
        return body;
    }

    private static List<String> names(String commaSeparated) {
        return Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static Map<String, Object> note(String note) {
        return blank(note) ? Map.of() : Map.of("note", note.strip());
    }

    private Response show(String id, String done, boolean showStatements, Refused refused, ActionForm form) {
        Words words = Words.in(context.lang());
        JsonNode incident;
        try {
            incident = incidents.get(id);
        } catch (WebApplicationException e) {
            return problems.refusal(Problem.of(e).refusal());
        }
        String site = incident.path("site").asText();
        String status = incident.path("status").asText();
        IncidentView view = IncidentViews.of(incident, words, context.locale(), siteName(site), this::dateTimeAt,
                done != null && words.find("done_" + done) ? words.get("done_", done) : null,
                refused == null ? null : refused.action(),
                refused == null ? null : explain(refused.action(), refused.problem(), status, words), form);
        view = view.with(carePlan(id, site, words), showStatements ? statements(id, words) : null,
                history(incident.path("perpetratorSubjectKey").asText(null), words));
        int code = refused == null ? 200 : (refused.problem().status() == 409 ? 409 : 422);
        return Response.status(code).entity(context.localized(Templates.incident(context.page(), view))).build();
    }

    /** A refusal in the reader's words: by its code (the field the service named, or 409) where one exists. */
    static String explain(String action, Problem problem, String status, Words words) {
        if (problem.status() == 409) {
            return "care".equals(action) ? words.texts().refused_care_decided()
                    : words.texts().refused_not_now(words.status(status));
        }
        for (Map.Entry<String, String> field : problem.fields().entrySet()) {
            if (words.find("refused_" + field.getKey())) {
                return words.get("refused_", field.getKey());
            }
        }
        if (!problem.fields().isEmpty()) {
            Map.Entry<String, String> first = problem.fields().entrySet().iterator().next();
            return words.texts().refused_other(first.getKey() + ": " + first.getValue());
        }
        return words.texts().refused_other(problem.detail());
    }

    private List<IncidentView.CareTask> carePlan(String id, String site, Words words) {
        List<IncidentView.CareTask> tasks = new ArrayList<>();
        try {
            Instant now = Instant.now();
            for (JsonNode t : incidents.carePlan(id)) {
                Instant due = t.path("dueAt").isTextual() ? Instant.parse(t.path("dueAt").asText()) : null;
                String taskStatus = t.path("status").asText("open");
                tasks.add(new IncidentView.CareTask(t.path("id").asText(), t.path("task").asText(),
                        words.careTask(t.path("task").asText()), dateTimeAt(due, site), taskStatus,
                        words.careStatus(taskStatus), "open".equals(taskStatus),
                        "open".equals(taskStatus) && due != null && due.isBefore(now), t.path("note").asText(null),
                        t.path("completedBy").asText(null)));
            }
        } catch (WebApplicationException e) {
            // the care plan is the service's to refuse; the page shows the incident without it
        }
        return tasks;
    }

    private List<IncidentView.StatementItem> statements(String id, Words words) {
        List<IncidentView.StatementItem> items = new ArrayList<>();
        try {
            for (JsonNode s : incidents.statements(id)) {
                items.add(new IncidentView.StatementItem(words.get("role_", s.path("authorRole").asText()),
                        s.path("author").asText(), dateTimeAt(s.path("recordedAt").isTextual()
                        ? Instant.parse(s.path("recordedAt").asText()) : null, null), s.path("text").asText()));
            }
        } catch (WebApplicationException e) {
            return List.of();
        }
        return items;
    }

    private IncidentView.History history(String subjectKey, Words words) {
        if (blank(subjectKey)) {
            return null;
        }
        try {
            JsonNode history = histories.history(subjectKey);
            List<IncidentView.HistoryEntry> entries = new ArrayList<>();
            Map<String, Integer> outcomes = new LinkedHashMap<>();
            for (JsonNode e : history.path("history")) {
                String outcome = e.path("outcome").isTextual() ? e.path("outcome").asText() : null;
                String label = outcome == null ? words.texts().history_outcome_open() : words.status(outcome);
                outcomes.merge(label, 1, Integer::sum);
                String site = e.path("site").asText();
                entries.add(new IncidentView.HistoryEntry(e.path("reference").asText(), siteName(site),
                        words.status(e.path("status").asText()), label,
                        dateTimeAt(e.path("reportedAt").isTextual() ? Instant.parse(e.path("reportedAt").asText())
                                : null, site)));
            }
            List<String> byOutcome = outcomes.entrySet().stream().map(o -> o.getKey() + ": " + o.getValue()).toList();
            return new IncidentView.History(words.texts().history_counts(
                    String.valueOf(history.path("incidents").asInt()), String.valueOf(history.path("confirmed").asLong())),
                    String.join(" · ", byOutcome), entries);
        } catch (WebApplicationException e) {
            return null;
        }
    }

    String dateTimeAt(Instant at, String site) {
        return at == null ? "" : dates.dateTime(at, site, context.locale());
    }

    private String dateTime(JsonNode at, String site) {
        return at.isTextual() ? dateTimeAt(Instant.parse(at.asText()), site) : "";
    }

    private String siteName(String siteId) {
        return organisation.findSite(siteId).map(Site::name).orElse(siteId);
    }

    private static List<Option> options(List<String> codes, String chosen, java.util.function.Function<String, String> label) {
        return codes.stream().map(c -> new Option(c, label.apply(c), c.equals(chosen))).toList();
    }

    private static String known(String value, List<String> allowed) {
        return value != null && allowed.contains(value) ? value : null;
    }

    private static LocalDate day(String value) {
        if (blank(value)) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static boolean uuid(String value) {
        try {
            UUID.fromString(value);
            return value != null && value.length() == 36;
        } catch (RuntimeException e) {
            return false;
        }
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
