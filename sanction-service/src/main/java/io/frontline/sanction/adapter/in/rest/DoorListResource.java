package io.frontline.sanction.adapter.in.rest;

import io.frontline.platform.domain.InvalidValue;
import io.frontline.platform.domain.Roles;
import io.frontline.platform.domain.WireName;
import io.frontline.platform.query.ListPage;
import io.frontline.platform.security.CurrentActor;
import io.frontline.platform.security.SubjectKeys;
import io.frontline.sanction.application.domain.model.DoorListEntry;
import io.frontline.sanction.application.domain.model.DoorPhoto;
import io.frontline.sanction.application.domain.model.DoorProfile;
import io.frontline.sanction.application.domain.model.DoorSighting;
import io.frontline.sanction.application.domain.model.EntryBanTerms;
import io.frontline.sanction.application.domain.model.EntryCoverage;
import io.frontline.sanction.application.domain.model.ReminderWords;
import io.frontline.sanction.application.domain.model.WatchFlag;
import io.frontline.sanction.application.port.in.DescribeForDoorUseCase;
import io.frontline.sanction.application.port.in.FlagSubjectCommand;
import io.frontline.sanction.application.port.in.ReadDoorListQuery;
import io.frontline.sanction.application.port.in.RecordSightingCommand;
import io.frontline.sanction.application.port.in.RecordSightingUseCase;
import io.frontline.sanction.application.port.in.WatchFlagUseCase;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The door list (issue 20): door profiles and photos of people under an entry ban, the list staff see at their
 * site's entrance, "seen at the door", and watch flags that only warn. No name, no subject key, no incident on the
 * list; photos are shown inline and never offered as a download.
 */
@Path("/api")
@Tag(name = "Door list")
@SecurityRequirement(name = "SecurityScheme")
@Produces(MediaType.APPLICATION_JSON)
public class DoorListResource {
    /** The only fields a door profile has: no ethnicity, religion, health or sexual orientation (issue 20). */
    public static final Set<String> PROFILE_FIELDS = Set.of("description", "height", "build", "hair", "clothing",
            "distinguishingMarks");

    @Inject
    DescribeForDoorUseCase describe;

    @Inject
    ReadDoorListQuery doorList;

    @Inject
    RecordSightingUseCase sightings;

    @Inject
    WatchFlagUseCase flags;

    @Inject
    CurrentActor currentActor;

    @Inject
    SubjectKeys subjectKeys;

    public record DoorProfileResponse(UUID measureId, String description, String height, String build, String hair,
                                      String clothing, String distinguishingMarks, String updatedBy, Instant updatedAt,
                                      List<String> warnings) {
        static DoorProfileResponse of(DoorProfile p, List<String> warnings) {
            return new DoorProfileResponse(p.measureId(), p.description(), p.height(), p.build(), p.hair(),
                    p.clothing(), p.distinguishingMarks(), p.updatedBy(), p.updatedAt(), warnings);
        }
    }

    public record DoorPhotoResponse(UUID id, UUID measureId, String contentType, long sizeBytes, String lawfulBasis,
                                    String uploadedBy, Instant uploadedAt, String uri) {
        static DoorPhotoResponse of(DoorPhoto p) {
            return new DoorPhotoResponse(p.id(), p.measureId(), p.contentType(), p.sizeBytes(), p.lawfulBasis(),
                    p.uploadedBy(), p.uploadedAt(), "/api/door-photos/" + p.id());
        }
    }

    /** One line of the door list: what to recognise and until when; never who. */
    public record DoorListItem(String kind, UUID measureId, UUID flagId, Instant until, String description,
                               String height, String build, String hair, String clothing, String distinguishingMarks,
                               List<String> photos, String note) {
        static DoorListItem of(DoorListEntry e) {
            DoorProfile p = e.profile();
            return new DoorListItem(WireName.of(e.kind()), e.measureId(), e.flagId(), e.until(),
                    p == null ? null : p.description(), p == null ? null : p.height(), p == null ? null : p.build(),
                    p == null ? null : p.hair(), p == null ? null : p.clothing(),
                    p == null ? null : p.distinguishingMarks(),
                    e.photoIds().stream().map(id -> "/api/door-photos/" + id).toList(), e.note());
        }
    }

    public record SightingRequest(@NotNull UUID measureId, @NotBlank String site) {
    }

    public record SightingResponse(UUID id, UUID measureId, String site, String seenBy, Instant seenAt,
                                   boolean countedAsViolation) {
        static SightingResponse of(DoorSighting s) {
            return new SightingResponse(s.id(), s.measureId(), s.siteId(), s.seenBy(), s.seenAt(),
                    s.countedAsViolation());
        }
    }

    public record FlagRequest(String subjectKey, String identifierKind, @Size(max = 320) String identifier,
                              @NotBlank String site, String coverage, List<String> sites, String region,
                              @NotBlank @Size(max = WatchFlag.MAX_NOTE) String note, String until) {
        /** Never print the identifier. */
        @Override
        public String toString() {
            return "FlagRequest[site=" + site + "]";
        }
    }

    public record FlagResponse(UUID id, String subjectKey, String site, String coverage, List<String> sites,
                               String region, String note, Instant startsAt, Instant until, String flaggedBy,
                               Instant flaggedAt, Instant endedAt) {
        static FlagResponse of(WatchFlag f) {
            return new FlagResponse(f.id(), f.subjectKey(), f.siteId(), WireName.of(f.coverage().coverage()),
                    f.coverage().siteIds().stream().sorted().toList(), f.coverage().regionId(), f.note(), f.startsAt(),
                    f.until(), f.flaggedBy(), f.flaggedAt(), f.endedAt());
        }
    }

    @GET
    @Path("door-list")
    @RolesAllowed({Roles.STAFF, Roles.SITE_MANAGER, Roles.REGIONAL_MANAGER, Roles.HQ_SAFETY})
    @Operation(summary = "The door list of a site: entry bans in force there now (its own, its region's, the "
            + "chain's) and watch flags, without names; audited")
    public ListPage<DoorListItem> list(@QueryParam("site") String site) {
        if (site == null || site.isBlank()) {
            throw new InvalidValue("site", "The site is required");
        }
        return new ListPage<>(doorList.doorList(currentActor.get(), site).stream().map(DoorListItem::of).toList(),
                null);
    }

    @GET
    @Path("door-photos/{photoId}")
    @Produces({"image/jpeg", "image/png", MediaType.APPLICATION_JSON})
    @RolesAllowed({Roles.STAFF, Roles.SITE_MANAGER, Roles.REGIONAL_MANAGER, Roles.HQ_SAFETY})
    @Operation(summary = "A photo of the door list, for a site the ban covers; 404 elsewhere; audited, not cached")
    public Response photo(@PathParam("photoId") UUID photoId) {
        ReadDoorListQuery.PhotoContent photo = doorList.photo(currentActor.get(), photoId);
        return Response.ok(photo.bytes()).type(photo.contentType())
                .header("Content-Disposition", "inline")
                .header("Cache-Control", "no-store")
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    @POST
    @Path("door-list/sightings")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.STAFF, Roles.SITE_MANAGER, Roles.REGIONAL_MANAGER, Roles.HQ_SAFETY})
    @Operation(summary = "Seen at the door: records the sighting; the first of a subject, site and hour counts as a "
            + "violation and alerts the site manager")
    public Response seen(@Valid @NotNull SightingRequest request) {
        DoorSighting sighting = sightings.seen(currentActor.get(),
                new RecordSightingCommand(request.measureId(), request.site()));
        return Response.status(201).entity(SightingResponse.of(sighting)).type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    @GET
    @Path("door-list/reminder-words")
    @RolesAllowed({Roles.SITE_MANAGER, Roles.REGIONAL_MANAGER, Roles.HQ_SAFETY})
    @Operation(summary = "The reminder list of one language (nl, en, ja): words that do not belong in a description")
    public List<String> reminderWords(@QueryParam("language") String language) {
        return ReminderWords.of(language == null ? "en" : language);
    }

    @POST
    @Path("watch-flags")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.SITE_MANAGER, Roles.REGIONAL_MANAGER, Roles.HQ_SAFETY})
    @Operation(summary = "Flag a customer: warn staff, do not refuse; ends after three months unless given; audited")
    public Response flag(@Valid @NotNull FlagRequest request) {
        EntryBanTerms coverage = request.coverage() == null || request.coverage().isBlank() ? null
                : new EntryBanTerms(WireName.parse(EntryCoverage.class, request.coverage(), "coverage"),
                request.sites() == null ? Set.of() : Set.copyOf(request.sites()), request.region());
        WatchFlag flag = flags.flag(currentActor.get(), new FlagSubjectCommand(
                Wire.customer(request.subjectKey(), request.identifierKind(), request.identifier(), subjectKeys),
                request.site(), coverage, request.note(), instant(request.until())));
        return Response.status(201).entity(FlagResponse.of(flag)).type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    @POST
    @Path("watch-flags/{id}/end")
    @RolesAllowed({Roles.SITE_MANAGER, Roles.REGIONAL_MANAGER, Roles.HQ_SAFETY})
    @Operation(summary = "End a watch flag before its end date; audited")
    public FlagResponse endFlag(@PathParam("id") UUID id) {
        return FlagResponse.of(flags.end(currentActor.get(), id));
    }

    private static Instant instant(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new BadRequestException("until is not an instant (2026-12-31T23:00:00Z)");
        }
    }
}
