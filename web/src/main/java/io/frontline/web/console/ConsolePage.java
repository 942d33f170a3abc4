package io.frontline.web.console;

import io.frontline.web.KeepsFormToken;
import com.fasterxml.jackson.databind.JsonNode;
import io.frontline.platform.domain.Organisation;
import io.frontline.platform.domain.Site;
import io.frontline.platform.domain.SiteType;
import io.frontline.web.Option;
import io.frontline.web.Page;
import io.frontline.web.PageContext;
import io.frontline.web.ProblemPages;
import io.frontline.web.i18n.Dates;
import io.frontline.web.i18n.Texts;
import io.frontline.web.services.CallerMeasures;
import io.frontline.web.services.LiveConsole;
import io.frontline.web.services.ServiceRefusal;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The floor supervisor's live console (issue 13): the alerts of live detection at their call centers appear as they
 * are raised ({@code static/console.js} follows {@link LiveAlertStream}), each with the rule that fired, the lines of
 * the call, the caller's earlier incidents and measures, and the actions: take the call over, confirm the suggestion
 * as an incident, dismiss it with a reason. incident-service decides who may see and do what.
 */
@Path("/console")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({"site-manager", "hq-safety"})
public class ConsolePage {
    static final List<String> RULES = List.of("threatening-language", "stalking", "exposure-threat",
            "humiliating-demand", "discrimination", "abusive-language", "call-length", "repeated-calls");
    private static final Pattern ID = Pattern.compile("[0-9a-fA-F-]{36}");
    private static final Pattern SUBJECT_KEY = Pattern.compile("sk1_[A-Za-z0-9_-]{20,100}");

    @CheckedTemplate(basePath = "console")
    static class Templates {
        static native TemplateInstance console(Page page, List<Option> rules, List<SiteName> sites, String done,
                                               String refused);

        static native TemplateInstance caller(History history, List<Measure> measures);
    }

    /** A call center's name and clock, for the script to show an alert's site and time. */
    public record SiteName(String id, String name, String zone) {
    }

    /** The caller's incidents at all sites: how many, how many confirmed, the latest few. */
    public record History(int incidents, long confirmed, List<HistoryEntry> latest, String summary) {
    }

    public record HistoryEntry(String reference, String site, String types, String outcome, String date) {
    }

    public record Measure(String type, String status, String site, String until) {
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
    LiveConsole console;

    @RestClient
    CallerMeasures measures;

    @GET
    public TemplateInstance page(@QueryParam("done") String done, @QueryParam("call") String call,
                                 @QueryParam("reference") String reference, @QueryParam("refused") String refused) {
        ConsoleMessages m = messages();
        String callId = call == null ? "" : call.replaceAll("[^A-Za-z0-9._:-]", "");
        String ref = reference == null ? "" : reference.replaceAll("[^A-Z0-9-]", "");
        String doneText = done == null ? null : switch (done) {
            case "taken-over" -> m.done_taken_over(callId);
            case "confirmed" -> m.done_confirmed(callId, ref);
            case "dismissed" -> m.done_dismissed(callId);
            default -> null;
        };
        String refusedText = refused == null ? null : switch (refused) {
            case "decided" -> m.refused_decided();
            case "reason" -> m.refused_reason();
            default -> m.refused_other();
        };
        List<Option> rules = RULES.stream().map(r -> new Option(r, label(m, "rule_", r), false)).toList();
        List<SiteName> sites = new ArrayList<>();
        organisation.regions().forEach(region -> organisation.sitesInRegion(region.id()).stream()
                .filter(s -> s.type() == SiteType.CALL_CENTER)
                .forEach(s -> sites.add(new SiteName(s.id(), s.name(), organisation.zoneOf(s.id()).getId()))));
        return context.localized(Templates.console(context.page(), rules, sites, doneText, refusedText));
    }

    /** The caller's earlier incidents (all sites) and the measures against them that the person may see. */
    @GET
    @Path("callers/{subjectKey}")
    @KeepsFormToken
    public Response caller(@PathParam("subjectKey") String subjectKey) {
        if (!SUBJECT_KEY.matcher(subjectKey).matches()) {
            return Response.status(404).build();
        }
        ConsoleMessages m = messages();
        Texts texts = Texts.in(context.lang());
        History history;
        try {
            JsonNode h = console.callerHistory(subjectKey);
            List<HistoryEntry> latest = new ArrayList<>();
            List<JsonNode> entries = new ArrayList<>();
            h.path("history").forEach(entries::add);
            entries.sort((a, b) -> b.path("reportedAt").asText("").compareTo(a.path("reportedAt").asText("")));
            for (JsonNode e : entries.subList(0, Math.min(5, entries.size()))) {
                List<String> types = new ArrayList<>();
                e.path("types").forEach(t -> types.add(texts.get("type_", t.asText())));
                String outcome = e.path("outcome").isTextual() ? label(m, "outcome_", e.path("outcome").asText())
                        : m.outcome_open();
                String site = organisation.findSite(e.path("site").asText()).map(Site::name)
                        .orElse(e.path("site").asText());
                String date = e.path("reportedAt").isTextual() ? dates.dateTime(Instant.parse(e.path("reportedAt")
                        .asText()), e.path("site").asText(null), context.locale()) : "";
                latest.add(new HistoryEntry(e.path("reference").asText(), site, String.join(", ", types), outcome,
                        date));
            }
            int count = h.path("incidents").asInt();
            long confirmed = h.path("confirmed").asLong();
            history = new History(count, confirmed, latest, count == 0 ? m.history_none()
                    : m.history_count(String.valueOf(count), String.valueOf(confirmed)));
        } catch (WebApplicationException e) {
            history = new History(0, 0, List.of(), m.history_none());
        }
        List<Measure> found = new ArrayList<>();
        try {
            for (JsonNode measure : measures.ofSubject(subjectKey, 10)) {
                String until = measure.path("until").isTextual() ? m.measure_until(dates.dateTime(
                        Instant.parse(measure.path("until").asText()), measure.path("siteId").asText(null),
                        context.locale())) : "";
                found.add(new Measure(label(m, "measure_", measure.path("type").asText()),
                        label(m, "measure_status_", measure.path("status").asText()),
                        organisation.findSite(measure.path("siteId").asText()).map(Site::name)
                                .orElse(measure.path("siteId").asText("")), until));
            }
        } catch (WebApplicationException | jakarta.ws.rs.ProcessingException e) {
            // no measures the person may see: the history still helps
        }
        return Response.ok(Templates.caller(history, found).setLocale(context.locale()))
                .header("Cache-Control", "no-store").build();
    }

    @POST
    @Path("suggestions/{id}/takeover")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response takeOver(@PathParam("id") String id) {
        if (!ID.matcher(id).matches()) {
            return Response.status(404).build();
        }
        try {
            JsonNode s = console.takeOver(id);
            return back(Map.of("done", "taken-over", "call", s.path("callId").asText()));
        } catch (WebApplicationException e) {
            return refused(ServiceRefusal.of(e));
        }
    }

    @POST
    @Path("suggestions/{id}/confirmation")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response confirm(@PathParam("id") String id) {
        if (!ID.matcher(id).matches()) {
            return Response.status(404).build();
        }
        try {
            JsonNode s = console.confirm(id);
            String reference = "";
            try {
                reference = console.incident(s.path("incidentId").asText()).path("reference").asText("");
            } catch (WebApplicationException notReadable) {
                // confirmed all the same; the reference is shown where the person may read the incident
            }
            return back(Map.of("done", "confirmed", "call", s.path("callId").asText(), "reference", reference));
        } catch (WebApplicationException e) {
            return refused(ServiceRefusal.of(e));
        }
    }

    @POST
    @Path("suggestions/{id}/dismissal")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response dismiss(@PathParam("id") String id, @FormParam("reason") String reason) {
        if (!ID.matcher(id).matches()) {
            return Response.status(404).build();
        }
        if (reason == null || reason.isBlank()) {
            return back(Map.of("refused", "reason"));
        }
        try {
            JsonNode s = console.dismiss(id, Map.of("note", reason.strip()));
            return back(Map.of("done", "dismissed", "call", s.path("callId").asText()));
        } catch (WebApplicationException e) {
            return refused(ServiceRefusal.of(e));
        }
    }

    private Response refused(ServiceRefusal refusal) {
        if (refusal.status() == 409) {
            return back(Map.of("refused", "decided"));
        }
        if (refusal.status() == 400 || refusal.status() == 422) {
            return back(Map.of("refused", "reason"));
        }
        return problems.refusal(refusal);
    }

    /** After an action, back to the console (303: a reload does not post again), saying what happened. */
    private static Response back(Map<String, String> query) {
        UriBuilder uri = UriBuilder.fromPath("/console");
        query.forEach((k, v) -> uri.queryParam(k, v));
        return Response.seeOther(uri.build()).build();
    }

    private ConsoleMessages messages() {
        return MessageBundles.get(ConsoleMessages.class, Localized.Literal.of(context.lang()));
    }

    /** {@code label(m, "rule_", "abusive-language")} reads {@code rule_abusive_language} (a rule's name is shared). */
    private String label(ConsoleMessages messages, String prefix, String code) {
        return Texts.label(ConsoleMessages.class, messages, context.lang(), prefix, code);
    }
}
