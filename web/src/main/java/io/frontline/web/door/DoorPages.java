package io.frontline.web.door;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontline.platform.domain.Organisation;
import io.frontline.platform.domain.Site;
import io.frontline.web.Page;
import io.frontline.web.PageContext;
import io.frontline.web.ProblemPages;
import io.frontline.web.i18n.Dates;
import io.frontline.web.services.DoorList;
import io.frontline.web.services.Playbooks;
import io.frontline.web.services.ServiceRefusal;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonString;
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
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The door list (issue 20) for staff and managers at the entrance, on a phone or a tablet: who may not enter the
 * site now, with photo, description, until when and what to do (prevention-service's playbook for a banned person
 * at the door if the chain has one, a default otherwise), and "seen at the door". Which bans a site's list holds,
 * who may see a photo and what a sighting sets off are sanction-service's rules; this page shows what it answers.
 * Photos come through this page (the person's token on the call), inline and not cached.
 */
@Path("/door")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({"staff", "site-manager", "regional-manager", "hq-safety"})
public class DoorPages {
    /** prevention-service's situation for a banned person at the door. */
    static final String PLAYBOOK = "banned-person-at-the-door";

    record SiteOption(String id, String name, boolean current) {
    }

    record Item(String kind, String measureId, String until, List<String> photos, String description, String height,
                String build, String hair, String clothing, String marks, String note) {
    }

    record WhatToDo(String title, List<String> steps) {
    }

    @CheckedTemplate(basePath = "door")
    static class Templates {
        static native TemplateInstance list(Page page, String site, String siteName, List<SiteOption> sites,
                                            List<Item> items, WhatToDo whatToDo, String seen, boolean mayFlag,
                                            String flagged);
    }

    @Inject
    PageContext context;

    @Inject
    SecurityIdentity identity;

    @Inject
    Organisation organisation;

    @Inject
    Dates dates;

    @Inject
    ProblemPages problems;

    @RestClient
    DoorList doorList;

    @RestClient
    Playbooks playbooks;

    /** The kinds of identifier a watch flag may name the customer by (sanction-service's wire names). */
    static final List<String> FLAG_KINDS = List.of("phone", "email", "loyalty-card");
    /** Who may set a watch flag: managers and HQ safety (sanction-service decides for which sites). */
    static final List<String> FLAGGERS = List.of("site-manager", "regional-manager", "hq-safety");

    @GET
    public Response list(@QueryParam("site") String site, @QueryParam("seen") String seen,
                         @QueryParam("flag") String flag) {
        List<Site> mine = sites();
        String current = site != null && mine.stream().anyMatch(s -> s.id().equals(site)) ? site
                : mine.isEmpty() ? site : mine.get(0).id();
        if (current == null) {
            return problems.refusal(new ServiceRefusal(403, Map.of(), 0));
        }
        JsonNode page;
        try {
            page = doorList.doorList(current);
        } catch (WebApplicationException e) {
            return problems.refusal(ServiceRefusal.of(e));
        }
        List<Item> items = new ArrayList<>();
        for (JsonNode i : page.path("items")) {
            List<String> photos = new ArrayList<>();
            i.path("photos").forEach(p -> photos.add("/door/photos/" + p.asText().substring(p.asText().lastIndexOf('/') + 1)));
            items.add(new Item(i.path("kind").asText(), i.path("measureId").asText(null),
                    dates.dateTime(i.hasNonNull("until") ? Instant.parse(i.path("until").asText()) : null, current,
                            context.locale()), photos, text(i, "description"), text(i, "height"), text(i, "build"),
                    text(i, "hair"), text(i, "clothing"), text(i, "distinguishingMarks"), text(i, "note")));
        }
        List<SiteOption> options = mine.stream().map(s -> new SiteOption(s.id(), s.name(), s.id().equals(current)))
                .toList();
        String name = organisation.findSite(current).map(Site::name).orElse(current);
        String shown = "counted".equals(seen) || "recorded".equals(seen) ? seen : null;
        // List.of(...).contains(null) throws: the page without ?flag= must not
        String flagged = flag != null && List.of("set", "invalid", "refused").contains(flag) ? flag : null;
        return Response.ok(context.localized(Templates.list(context.page(), current, name, options, items,
                        whatToDo(), shown, FLAGGERS.stream().anyMatch(identity::hasRole), flagged)))
                .header("Cache-Control", "no-store").build();
    }

    /** The photo, as sanction-service answers it for this person (404 outside their sites); never cached. */
    @GET
    @Path("photos/{id}")
    @Produces({"image/jpeg", "image/png"})
    public Response photo(@PathParam("id") UUID id) {
        try (Response answer = doorList.photo(id.toString())) {
            byte[] bytes = answer.readEntity(byte[].class);
            return Response.ok(bytes).type(answer.getMediaType())
                    .header("Cache-Control", "no-store")
                    .header("Content-Disposition", "inline")
                    .header("X-Content-Type-Options", "nosniff").build();
        } catch (WebApplicationException e) {
            return Response.status(e.getResponse().getStatus()).build();
        }
    }

    @POST
    @Path("seen")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response seen(@FormParam("measureId") String measureId, @FormParam("site") String site) {
        JsonNode sighting;
        try {
            sighting = doorList.seen(Map.of("measureId", measureId == null ? "" : measureId,
                    "site", site == null ? "" : site));
        } catch (WebApplicationException e) {
            return problems.refusal(ServiceRefusal.of(e));
        }
        String outcome = sighting.path("countedAsViolation").asBoolean() ? "counted" : "recorded";
        return Response.seeOther(URI.create("/door?site=" + URLEncoder.encode(site, StandardCharsets.UTF_8)
                + "&seen=" + outcome)).build();
    }

    /**
     * A watch flag (issue 20) on a customer at this site: "warn staff, do not refuse", three months unless ended. The
     * identifier goes to sanction-service, which turns it into the subject's pseudonym; it is neither kept nor logged
     * here. Who may flag for which site is the service's rule; its refusal comes back as a message on the list.
     */
    @POST
    @Path("watch-flags")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({"site-manager", "regional-manager", "hq-safety"})
    public Response flag(@FormParam("site") String site, @FormParam("identifierKind") String kind,
                         @FormParam("identifier") String identifier, @FormParam("note") String note) {
        String back = "/door?site=" + URLEncoder.encode(site == null ? "" : site, StandardCharsets.UTF_8) + "&flag=";
        if (site == null || site.isBlank() || kind == null || !FLAG_KINDS.contains(kind) || identifier == null
                || identifier.isBlank()
                || note == null || note.isBlank()) {
            return Response.seeOther(URI.create(back + "invalid#flag")).build();
        }
        try {
            doorList.flag(Map.of("site", site, "identifierKind", kind, "identifier", identifier.strip(),
                    "note", note.strip()));
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            return switch (status) {
                case 400, 422 -> Response.seeOther(URI.create(back + "invalid#flag")).build();
                case 403, 404 -> Response.seeOther(URI.create(back + "refused#flag")).build();
                default -> problems.refusal(ServiceRefusal.of(e));
            };
        }
        return Response.seeOther(URI.create(back + "set")).build();
    }

    /** The chain's playbook for a banned person at the door, or null for the default steps. */
    private WhatToDo whatToDo() {
        try {
            JsonNode p = playbooks.playbook(PLAYBOOK);
            List<String> steps = new ArrayList<>();
            for (String field : List.of("endingContact", "recording")) {
                if (p.hasNonNull(field) && !p.path(field).asText().isBlank()) {
                    steps.add(p.path(field).asText());
                }
            }
            p.path("inform").forEach(s -> steps.add(s.asText()));
            return new WhatToDo(p.path("title").asText(""), steps);
        } catch (WebApplicationException | jakarta.ws.rs.ProcessingException noPlaybook) {
            return null;
        }
    }

    /** The sites on the person's token (site roles), their regions' sites (regional), or every site (HQ safety). */
    private List<Site> sites() {
        if (identity.hasRole("hq-safety")) {
            return organisation.sites();
        }
        Set<String> sites = Set.copyOf(claim("sites"));
        Set<String> regions = Set.copyOf(claim("regions"));
        return organisation.sites().stream().filter(s -> sites.contains(s.id()) || regions.contains(s.regionId()))
                .toList();
    }

    private List<String> claim(String name) {
        List<String> values = new ArrayList<>();
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            Object claim = token.getClaim(name);
            if (claim instanceof JsonArray array) {
                array.forEach(v -> values.add(v instanceof JsonString s ? s.getString() : v.toString()));
            } else if (claim instanceof Collection<?> many) {
                many.forEach(v -> values.add(String.valueOf(v)));
            } else if (claim instanceof String one) {
                values.add(one);
            }
        }
        return values;
    }

    private static String text(JsonNode node, String field) {
        return node.hasNonNull(field) && !node.path(field).asText().isBlank() ? node.path(field).asText() : null;
    }
}
