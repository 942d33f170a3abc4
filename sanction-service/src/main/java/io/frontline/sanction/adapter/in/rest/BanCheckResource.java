package io.frontline.sanction.adapter.in.rest;

import io.frontline.platform.domain.Roles;
import io.frontline.platform.domain.WireName;
import io.frontline.platform.security.CurrentActor;
import io.frontline.platform.security.SubjectKeys;
import io.frontline.sanction.application.domain.model.BanCheckResult;
import io.frontline.sanction.application.domain.model.Channel;
import io.frontline.sanction.application.port.in.CheckBanCommand;
import io.frontline.sanction.application.port.in.CheckBanQuery;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * The ban check for door systems, the call-center platform and managers. GET takes a subject key; POST
 * takes a raw phone number, e-mail address or loyalty card for systems that do not hold the HMAC secret:
 * it is normalised and hashed here and never stored or logged.
 */
@Path("/api/bans")
@Tag(name = "Ban check")
@SecurityRequirement(name = "SecurityScheme")
@Produces(MediaType.APPLICATION_JSON)
public class BanCheckResource {
    private static final Map<String, Boolean> PONG = Map.of("pong", true);

    @Inject
    CheckBanQuery checkBan;

    @Inject
    CurrentActor currentActor;

    @Inject
    SubjectKeys subjectKeys;

    /** A check by identifier; channel defaults to in-person (the door). */
    public record CheckByIdentifierRequest(@NotBlank String identifierKind,
                                           @NotBlank @Size(max = 320) String identifier,
                                           @NotBlank String site, String channel, String department,
                                           String employee) {
        /** Never print the identifier, not even by accident in a log line or an error. */
        @Override
        public String toString() {
            return "CheckByIdentifierRequest[identifierKind=" + identifierKind + ", site=" + site + "]";
        }
    }

    public record BanCheckResponse(boolean banned, String subjectKey, UUID measureId, String measureType,
                                   Instant until, String alternativeChannel, Instant checkedAt, boolean flagged,
                                   String note) {
        static BanCheckResponse of(BanCheckResult r) {
            return new BanCheckResponse(r.banned(), r.subjectKey(), r.measureId(), WireName.of(r.measureType()), r.until(),
                    WireName.of(r.alternativeChannel()), r.checkedAt(), r.flagged(), r.flagNote());
        }
    }

    @GET
    @Path("check")
    @RolesAllowed({Roles.BAN_CHECK, Roles.SITE_MANAGER, Roles.REGIONAL_MANAGER, Roles.HQ_SAFETY})
    @Operation(summary = "Is this subject banned at this site, on this channel, now?")
    public BanCheckResponse check(@QueryParam("subjectKey") String subjectKey, @QueryParam("site") String site,
                                  @QueryParam("channel") String channel, @QueryParam("department") String department,
                                  @QueryParam("employee") String employee) {
        return BanCheckResponse.of(checkBan.check(currentActor.get(), new CheckBanCommand(
                Wire.subjectKey(subjectKey, "subjectKey"), site, WireName.parse(Channel.class, channel, "channel"),
                department, employee)));
    }

    @POST
    @Path("check")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.BAN_CHECK, Roles.SITE_MANAGER, Roles.REGIONAL_MANAGER, Roles.HQ_SAFETY})
    @Operation(summary = "The same check by phone number, e-mail address or loyalty card, hashed here and not kept")
    public BanCheckResponse checkByIdentifier(@Valid @NotNull CheckByIdentifierRequest request) {
        return BanCheckResponse.of(checkBan.check(currentActor.get(), new CheckBanCommand(
                Wire.customer(null, request.identifierKind(), request.identifier(), subjectKeys), request.site(),
                WireName.parse(Channel.class, request.channel(), "channel"), request.department(), request.employee())));
    }

    /** The same security and framework path as the check, without the check: the benchmark's baseline. */
    @GET
    @Path("ping")
    @RolesAllowed(Roles.BAN_CHECK)
    @Operation(summary = "A constant answer, to measure the service's own overhead")
    public Map<String, Boolean> ping() {
        return PONG;
    }

    /** The constant answer without a token: beside {@link #ping()} it shows what verifying the bearer token costs. */
    @GET
    @Path("ping/anonymous")
    @PermitAll // a constant, like the health checks: it reveals nothing and changes nothing
    @Operation(summary = "A constant answer without a token, to measure what token verification costs")
    public Map<String, Boolean> pingAnonymous() {
        return PONG;
    }
}
