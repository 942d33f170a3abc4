package io.frontline.web.complaints;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontline.platform.domain.Organisation;
import io.frontline.web.Option;
import io.frontline.web.Page;
import io.frontline.web.PageContext;
import io.frontline.web.ProblemPages;
import io.frontline.web.i18n.Dates;
import io.frontline.web.services.Complaints;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The complaint queue (issue 13): the complaints of the person's sites as complaint-service lists them for their
 * token, the most urgent first; filters as a GET form, the next page by the cursor the service handed out.
 */
@Path(ComplaintQueuePage.PATH)
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({"complaint-handler", "site-manager", "regional-manager", "hq-safety", "admin"})
public class ComplaintQueuePage {
    static final String PATH = "/handling/complaints";
    static final List<String> OPEN = List.of("received", "acknowledged", "in-progress", "waiting-for-complainant");
    static final List<String> STATUSES = List.of("received", "acknowledged", "in-progress", "waiting-for-complainant",
            "resolved", "rejected");
    static final List<String> CATEGORIES = List.of("product", "service", "staff-behaviour", "billing", "delivery",
            "other");
    static final List<String> CHANNELS = List.of("web", "email", "phone", "letter", "in-store");
    static final List<String> SORTS = List.of("due", "-due", "received", "-received");

    @CheckedTemplate(basePath = "complaints")
    static class Templates {
        static native TemplateInstance queue(Page page, QueueView queue);
    }

    /** The page: the filter's choices, the lines, the links onwards, or what was refused. */
    public record QueueView(QueueFilter filter, List<Option> statuses, List<Option> sites, List<Option> assignees,
                            List<Option> categories, List<Option> channels, List<Option> dues, List<Option> sorts,
                            List<Line> lines, String next, String first, String refused) {
    }

    /** One complaint in the queue, every text in the reader's language. */
    public record Line(String id, String reference, String subject, String site, String status, String statusLabel,
                       String term, boolean overdue, boolean paused, String handler, String category, String channel,
                       String received, boolean awaitingSecondPerson, String escalation) {
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
    Complaints complaints;

    @GET
    public Response queue(@BeanParam QueueFilter filter) {
        ComplaintTexts texts = ComplaintTexts.in(context.lang());
        String status = filter.statusOrDefault();
        List<String> statuses = status.equals("open") ? OPEN : status.equals("all") ? List.of() : List.of(status);
        String assignee = Stream.of("mine", "unassigned").filter(a -> a.equals(filter.assignee)).findFirst()
                .orElse(null);
        List<Line> lines = new ArrayList<>();
        String next = null;
        String refused = null;
        int answer = 200;
        try {
            JsonNode page = complaints.queue(statuses, QueueFilter.blankToNull(filter.site), assignee,
                    QueueFilter.blankToNull(filter.category), QueueFilter.blankToNull(filter.channel),
                    QueueFilter.blankToNull(filter.due), QueueFilter.blankToNull(filter.from),
                    QueueFilter.blankToNull(filter.to), QueueFilter.blankToNull(filter.reference),
                    QueueFilter.blankToNull(filter.sort), null, QueueFilter.blankToNull(filter.cursor));
            for (JsonNode item : page.path("items")) {
                lines.add(line(item, texts));
            }
            if (page.path("next").isTextual()) {
                next = filter.link(page.path("next").asText());
            }
        } catch (WebApplicationException e) {
            Refusal refusal = Refusal.of(e);
            if (refusal.status() != 400) {
                return problems.refusal(refusal.asServiceRefusal());
            }
            // a filter the service does not accept (a date, a foreign cursor): say so, show nothing
            refused = texts.messages().refused_invalid();
            answer = 400;
        }
        String first = QueueFilter.filled(filter.cursor) ? filter.link(null) : null;
        QueueView view = new QueueView(filter, statusOptions(status, texts), siteOptions(filter.site),
                options(List.of("mine", "unassigned"), filter.assignee, "filter_assignee_", texts),
                CATEGORIES.stream().map(c -> new Option(c, texts.shared().get("category_", c), c.equals(filter.category)))
                        .toList(),
                CHANNELS.stream().map(c -> new Option(c, texts.shared().get("channel_", c), c.equals(filter.channel)))
                        .toList(),
                options(List.of("soon", "overdue"), filter.due, "filter_due_", texts),
                SORTS.stream().map(s -> new Option(s, texts.get("sort_", s.startsWith("-") ? s.substring(1) + "_last" : s),
                        s.equals(QueueFilter.filled(filter.sort) ? filter.sort : "due"))).toList(),
                lines, next, first, refused);
        return Response.status(answer).entity(context.localized(Templates.queue(context.page(), view))).build();
    }

    private Line line(JsonNode item, ComplaintTexts texts) {
        ComplaintMessages m = texts.messages();
        String site = item.path("site").asText();
        String status = item.path("status").asText();
        boolean overdue = item.path("overdue").asBoolean();
        boolean paused = item.path("termPaused").asBoolean();
        String due = item.path("responseDue").isTextual()
                ? dates.date(LocalDate.parse(item.path("responseDue").asText()), context.locale()) : "";
        boolean closed = status.equals("resolved") || status.equals("rejected");
        String term = closed ? null : paused ? m.queue_paused() : overdue ? m.queue_overdue(due) : m.queue_due(due);
        String handler = item.path("assignee").isTextual() ? m.queue_assignee(item.path("assignee").asText())
                : m.queue_unassigned();
        String received = m.queue_received(dates.dateTime(Instant.parse(item.path("receivedAt").asText()), site,
                context.locale()));
        String escalation = item.path("escalation").isTextual()
                ? m.queue_escalated(texts.get("level_", item.path("escalation").asText())) : null;
        return new Line(item.path("id").asText(), item.path("reference").asText(), item.path("subject").asText(),
                siteName(site), status, texts.get("status_", status), term, overdue && !closed, paused, handler,
                texts.shared().get("category_", item.path("category").asText()),
                texts.shared().get("channel_", item.path("channel").asText()), received,
                item.path("awaitingSecondPerson").asBoolean(), escalation);
    }

    private List<Option> statusOptions(String chosen, ComplaintTexts texts) {
        List<Option> options = new ArrayList<>();
        options.add(new Option("open", texts.messages().filter_status_open(), chosen.equals("open")));
        options.add(new Option("all", texts.messages().filter_status_all(), chosen.equals("all")));
        STATUSES.forEach(s -> options.add(new Option(s, texts.get("status_", s), s.equals(chosen))));
        return options;
    }

    private List<Option> siteOptions(String chosen) {
        return organisation.sites().stream().map(s -> new Option(s.id(), s.name(), s.id().equals(chosen))).toList();
    }

    private static List<Option> options(List<String> values, String chosen, String prefix, ComplaintTexts texts) {
        return values.stream().map(v -> new Option(v, texts.get(prefix, v), v.equals(chosen))).toList();
    }

    String siteName(String siteId) {
        return organisation.findSite(siteId).map(s -> s.name()).orElse(siteId);
    }
}
