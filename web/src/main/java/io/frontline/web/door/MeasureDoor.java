package io.frontline.web.door;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontline.platform.domain.Organisation;
import io.frontline.platform.domain.Site;
import io.frontline.web.PageContext;
import io.frontline.web.i18n.Dates;
import io.frontline.web.services.DoorList;
import io.frontline.web.services.DoorProfiles;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The door section of a measure's page (issue 20): for an entry or contact ban of a customer, its managers describe
 * the person for the door list, add photos with their lawful basis, and read the sightings. sanction-service decides
 * who may (managers of the measure's site, HQ safety); whoever it refuses sees its refusal as a message.
 */
@RequestScoped
public class MeasureDoor {
    static final List<String> TYPES = List.of("entry-ban", "contact-ban");
    static final List<String> MANAGERS = List.of("site-manager", "regional-manager", "hq-safety");

    /** One sighting at the door as the section lists it. */
    public record Sighting(String seenBy, String at, String site, String counted) {
    }

    /**
     * What the section shows: the service's refusal, or the profile's fields, the photos (through /door/photos), the
     * sightings, and the notice and reminder words of the last save.
     */
    public record Section(String refusal, String description, String height, String build, String hair,
                          String clothing, String marks, List<String> photos, boolean onDoorList,
                          List<Sighting> sightings, String notice, boolean noticeIsError, List<String> warnings,
                          String limits, String accept) {
    }

    @Inject
    PageContext context;

    @Inject
    SecurityIdentity identity;

    @Inject
    Organisation organisation;

    @Inject
    Dates dates;

    @RestClient
    DoorProfiles profiles;

    @RestClient
    DoorList doorList;

    /** sanction-service's limit on a door photo, shown as text beside the upload (the service enforces it). */
    @ConfigProperty(name = "frontline.web.door.max-photo-size", defaultValue = "5M")
    MemorySize maxPhotoSize;

    public DoorMessages texts() {
        return MessageBundles.get(DoorMessages.class, Localized.Literal.of(context.lang()));
    }

    /** The section for this measure, or null when it has none (another type, an employee, or not a manager). */
    public Section of(JsonNode measure, String notice, String warn) {
        if (!TYPES.contains(measure.path("type").asText()) || !measure.path("subjectKey").isTextual()
                || MANAGERS.stream().noneMatch(identity::hasRole)) {
            return null;
        }
        DoorMessages t = texts();
        String id = measure.path("id").asText();
        String site = measure.path("siteId").asText();
        JsonNode seen;
        try {
            seen = profiles.sightings(id);
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            return refused(status == 403 || status == 404 ? t.profile_refused() : t.profile_unavailable());
        } catch (ProcessingException e) {
            return refused(t.profile_unavailable());
        }
        List<Sighting> sightings = new ArrayList<>();
        for (JsonNode s : seen) {
            String at = s.path("seenAt").isTextual()
                    ? dates.dateTime(Instant.parse(s.path("seenAt").asText()), s.path("site").asText(site), context.locale())
                    : "";
            sightings.add(new Sighting(s.path("seenBy").asText(""), at, siteName(s.path("site").asText("")),
                    s.path("countedAsViolation").asBoolean() ? t.sighting_counted() : t.sighting_not_counted()));
        }
        JsonNode current = onDoorList(id, site);
        List<String> photos = new ArrayList<>();
        if (current != null) {
            current.path("photos").forEach(p -> photos.add("/door/photos/"
                    + p.asText().substring(p.asText().lastIndexOf('/') + 1)));
        }
        List<String> warnings = warn == null || warn.isBlank() ? List.of()
                : List.of(warn.split(",")).stream().map(String::strip).filter(w -> !w.isEmpty()).limit(20).toList();
        String shown = PhotoUpload.known(notice) ? notice : null;
        return new Section(null, text(current, "description"), text(current, "height"), text(current, "build"),
                text(current, "hair"), text(current, "clothing"), text(current, "distinguishingMarks"), photos,
                current != null, sightings, shown == null ? null : notice(shown, t),
                shown != null && !shown.equals("saved") && !shown.equals("photo-added"), warnings,
                t.photo_limits(maxSize()), PhotoUpload.ACCEPT);
    }

    private Section refused(String message) {
        return new Section(message, null, null, null, null, null, null, List.of(), false, List.of(), null, false,
                List.of(), null, null);
    }

    /** The measure's line on the door list of its own site: what staff see now (null when not in force there). */
    private JsonNode onDoorList(String measureId, String site) {
        try {
            for (JsonNode item : doorList.doorList(site).path("items")) {
                if (measureId.equals(item.path("measureId").asText())) {
                    return item;
                }
            }
        } catch (WebApplicationException | ProcessingException notShown) {
            // the list is the staff's view; without it the form is simply empty
        }
        return null;
    }

    String notice(String code, DoorMessages t) {
        return switch (code) {
            case "saved" -> t.profile_saved();
            case "photo-added" -> t.photo_added();
            case "photo-too-large" -> t.photo_too_large(maxSize());
            case "photo-type" -> t.photo_type();
            case "invalid" -> t.profile_invalid();
            case "no-file" -> t.photo_no_file();
            case "no-basis" -> t.photo_no_basis();
            default -> t.profile_refused();
        };
    }

    String maxSize() {
        long bytes = maxPhotoSize.asLongValue();
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB" : bytes + " bytes";
    }

    private String siteName(String siteId) {
        return organisation.findSite(siteId).map(Site::name).orElse(siteId);
    }

    private static String text(JsonNode node, String field) {
        return node != null && node.hasNonNull(field) && !node.path(field).asText().isBlank()
                ? node.path(field).asText() : null;
    }
}
