package io.frontline.web.today;

import io.frontline.web.i18n.Texts;
import com.fasterxml.jackson.databind.JsonNode;
import io.frontline.platform.domain.Organisation;
import io.frontline.platform.domain.Site;
import io.frontline.web.Page;
import io.frontline.web.PageContext;
import io.frontline.web.services.Complaints;
import io.frontline.web.services.Escalations;
import io.frontline.web.services.IncidentCareTasks;
import io.frontline.web.services.LiveConsole;
import io.frontline.web.services.Sanctions;
import io.frontline.web.today.TodayBoard.Section;
import io.frontline.web.today.TodayBoard.Source;
import io.frontline.web.today.TodayItem.Urgency;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Today, the manager's home (issue 13): what needs the signed-in person now, most urgent first — escalations to
 * acknowledge (critical ones on top), bans awaiting their approval (never those they proposed: sanction-service
 * leaves them out), overdue care tasks, complaints due soon or overdue, open suggestions of live detection — each
 * with its age and a link to act. Every list is the service's own work queue asked as the person (the services
 * apply the site scope); all are asked at once, each with a time limit, and a service that does not answer leaves
 * its section saying so while the rest shows.
 */
@Path("/today")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({"site-manager", "regional-manager", "hq-safety"})
public class TodayPage {
    static final int PER_SECTION = 20;

    @CheckedTemplate(basePath = "today")
    static class Templates {
        static native TemplateInstance today(Page page, List<SectionView> sections, int waiting);
    }

    /** A section as the page shows it. */
    public record SectionView(String key, String title, String queue, List<ItemView> items, boolean failed) {
    }

    /** A line: urgency (its code and text), what, where and how long, and the page to act. */
    public record ItemView(String urgency, String urgencyText, String title, String detail, String age, String href) {
    }

    @Inject
    PageContext context;

    @Inject
    SecurityIdentity identity;

    @Inject
    Organisation organisation;

    @ConfigProperty(name = "frontline.today.timeout", defaultValue = "3s")
    Duration timeout;

    @RestClient
    Escalations escalations;

    @RestClient
    Sanctions sanctions;

    @RestClient
    IncidentCareTasks careTasks;

    @RestClient
    Complaints complaints;

    @RestClient
    LiveConsole liveConsole;

    @GET
    public TemplateInstance today() {
        TodayMessages m = MessageBundles.get(TodayMessages.class, Localized.Literal.of(context.lang()));
        List<Source<?>> sources = new ArrayList<>();
        sources.add(new Source<>("escalations", () -> escalations.open("open", PER_SECTION),
                list(e -> escalation(m, e))));
        sources.add(new Source<>("approvals", () -> sanctions.awaitingApproval(PER_SECTION),
                list(measure -> approval(m, measure))));
        sources.add(new Source<>("care-tasks", () -> careTasks.inWindow("overdue", PER_SECTION),
                list(task -> careTask(m, task))));
        sources.add(new Source<>("complaints-overdue", () -> complaints.due("overdue", PER_SECTION),
                list(c -> complaint(m, c, Urgency.OVERDUE))));
        sources.add(new Source<>("complaints-soon", () -> complaints.due("soon", PER_SECTION),
                list(c -> complaint(m, c, Urgency.SOON))));
        if (identity.hasRole("site-manager") || identity.hasRole("hq-safety")) {
            sources.add(new Source<>("suggestions", () -> liveConsole.suggestions("open", PER_SECTION),
                    list(s -> suggestion(m, s))));
        }
        List<Section> gathered = merged(TodayBoard.gather(sources, timeout));
        Instant now = Instant.now();
        List<SectionView> views = new ArrayList<>();
        int waiting = 0;
        for (Section section : gathered) {
            List<ItemView> items = section.items().stream().map(i -> view(m, i, now)).toList();
            waiting += items.size();
            views.add(new SectionView(section.key(), title(m, section.key()), queue(section.key()), items,
                    section.failed()));
        }
        return context.localized(Templates.today(context.page(), views, waiting));
    }

    /** Complaints are asked twice (overdue, due soon) and shown as one section. */
    static List<Section> merged(List<Section> sections) {
        List<Section> merged = new ArrayList<>();
        Section complaints = null;
        for (Section s : sections) {
            if (!s.key().startsWith("complaints-")) {
                merged.add(s);
            } else if (complaints == null) {
                complaints = new Section("complaints", s.items(), s.failed());
                merged.add(complaints);
            } else {
                List<TodayItem> both = new ArrayList<>(complaints.items());
                both.addAll(s.items());
                both.sort(java.util.Comparator.comparing(TodayItem::urgency).thenComparing(TodayItem::since));
                merged.set(merged.indexOf(complaints), complaints = new Section("complaints", List.copyOf(both),
                        complaints.failed() || s.failed()));
            }
        }
        return TodayBoard.ordered(merged);
    }

    private static Function<JsonNode, List<TodayItem>> list(Function<JsonNode, TodayItem> item) {
        return page -> {
            List<TodayItem> items = new ArrayList<>();
            page.path("items").forEach(i -> items.add(item.apply(i)));
            return items;
        };
    }

    private TodayItem escalation(TodayMessages m, JsonNode e) {
        String severity = e.path("severity").asText();
        Urgency urgency = "critical".equals(severity) ? Urgency.NOW : Urgency.SOON;
        return new TodayItem(urgency, instant(e, "startedAt"),
                m.escalation_title(e.path("reference").asText(""), label(m, "level_", severity)),
                join(site(m, e.path("siteId").asText(null)), m.escalation_level(e.path("level").asText(""))),
                "/escalations/" + e.path("id").asText());
    }

    private TodayItem approval(TodayMessages m, JsonNode measure) {
        String type = label(m, "measure_", measure.path("type").asText());
        JsonNode proposal = measure.path("proposal");
        return new TodayItem(Urgency.WAITING, proposal.path("proposedAt").isTextual() ? instant(proposal, "proposedAt")
                : Instant.EPOCH, m.approval_title(type.equals(measure.path("type").asText()) ? m.measure_other() : type),
                join(site(m, measure.path("siteId").asText(null)),
                        proposal.path("proposedBy").isTextual() ? m.proposed_by(proposal.path("proposedBy").asText())
                                : ""),
                "/measures/" + measure.path("id").asText());
    }

    private TodayItem careTask(TodayMessages m, JsonNode task) {
        return new TodayItem(Urgency.OVERDUE, instant(task, "dueAt"),
                m.care_task_title(label(m, "care_", task.path("task").asText()), task.path("reference").asText("")),
                site(m, task.path("site").asText(null)), "/incidents/" + task.path("incidentId").asText());
    }

    private TodayItem complaint(TodayMessages m, JsonNode c, Urgency urgency) {
        return new TodayItem(urgency, instant(c, "dueAt"),
                m.complaint_title(c.path("reference").asText(""), c.path("subject").asText("")),
                site(m, c.path("site").asText(null)), "/handling/complaints/" + c.path("id").asText());
    }

    private TodayItem suggestion(TodayMessages m, JsonNode s) {
        List<String> rules = new ArrayList<>();
        s.path("rules").forEach(r -> rules.add(label(m, "rule_", r.asText())));
        return new TodayItem(Urgency.WAITING, instant(s, "suggestedAt"),
                m.suggestion_title(String.join(" · ", rules), s.path("callId").asText("")),
                site(m, s.path("site").asText(null)), "/console");
    }

    private ItemView view(TodayMessages m, TodayItem item, Instant now) {
        String age = switch (item.urgency()) {
            case SOON -> item.since().isAfter(now) ? m.when_due_in(age(m, now, item.since()))
                    : m.when_waiting(age(m, item.since(), now));
            case OVERDUE -> m.when_overdue(age(m, item.since(), now));
            default -> m.when_waiting(age(m, item.since(), now));
        };
        return new ItemView(item.urgency().name().toLowerCase(Locale.ROOT),
                label(m, "urgency_", item.urgency().name()), item.title(), item.detail(), age, item.href());
    }

    /** How long between two moments, in the largest whole unit that fits: minutes, hours or days. */
    static String age(TodayMessages m, Instant from, Instant to) {
        Duration d = Duration.between(from, to);
        if (d.isNegative()) {
            d = Duration.ZERO;
        }
        if (d.toDays() >= 2) {
            return m.age_days(String.valueOf(d.toDays()));
        }
        if (d.toHours() >= 1) {
            return m.age_hours(String.valueOf(d.toHours()));
        }
        return m.age_minutes(String.valueOf(Math.max(1, d.toMinutes())));
    }

    private String site(TodayMessages m, String siteId) {
        if (siteId == null || siteId.isBlank()) {
            return "";
        }
        return m.at_site(organisation.findSite(siteId).map(Site::name).orElse(siteId));
    }

    private static String join(String a, String b) {
        return a.isEmpty() ? b : b.isEmpty() ? a : a + " · " + b;
    }

    private static Instant instant(JsonNode node, String field) {
        return node.path(field).isTextual() ? Instant.parse(node.path(field).asText()) : Instant.EPOCH;
    }

    private String title(TodayMessages m, String key) {
        return label(m, "section_", key);
    }

    private static String queue(String key) {
        return switch (key) {
            case "escalations" -> "/escalations?status=open";
            case "approvals" -> "/measures?queue=awaiting-approval";
            case "complaints" -> "/handling/complaints";
            case "suggestions" -> "/console";
            default -> null;
        };
    }

    /** {@code label(m, "rule_", "abusive-language")} reads {@code rule_abusive_language} (a rule's name is shared). */
    private String label(TodayMessages messages, String prefix, String code) {
        return Texts.label(TodayMessages.class, messages, context.lang(), prefix, code);
    }
}
