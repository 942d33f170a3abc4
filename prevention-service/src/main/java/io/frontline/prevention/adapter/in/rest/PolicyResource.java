package io.frontline.prevention.adapter.in.rest;

import io.frontline.platform.domain.Actor;
import io.frontline.platform.domain.NotFound;
import io.frontline.platform.domain.Roles;
import io.frontline.platform.security.CurrentActor;
import io.frontline.prevention.application.domain.model.AcknowledgementShare;
import io.frontline.prevention.application.domain.model.PolicyKind;
import io.frontline.prevention.application.domain.model.PolicyVersion;
import io.frontline.prevention.application.domain.model.PolicyVersion.PolicyText;
import io.frontline.prevention.application.port.in.AcknowledgePolicyUseCase;
import io.frontline.prevention.application.port.in.PolicyQuery;
import io.frontline.prevention.application.port.in.PublishPolicyCommand;
import io.frontline.prevention.application.port.in.PublishPolicyUseCase;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
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
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Chain policies: published by HQ safety or HR, read and acknowledged by every employee; shares per site. */
@Path("/api/policies")
@Tag(name = "Policies")
@SecurityRequirement(name = "SecurityScheme")
@Produces(MediaType.APPLICATION_JSON)
public class PolicyResource {
    @Inject
    PublishPolicyUseCase publish;

    @Inject
    AcknowledgePolicyUseCase acknowledge;

    @Inject
    PolicyQuery policies;

    @Inject
    CurrentActor currentActor;

    public record PublishRequest(LocalDate effectiveFrom, Map<String, PolicyText> texts) {
    }

    public record AcknowledgeRequest(Integer version) {
    }

    /** A policy version as an employee reads it: the text in their language and whether they acknowledged it. */
    public record PolicyResponse(String id, String kind, int version, LocalDate effectiveFrom, String language,
                                 String title, String body, List<String> languages, String publishedBy,
                                 Instant publishedAt, Instant acknowledgedAt) {
    }

    public record ShareResponse(String site, int employees, int acknowledged, double percent, List<String> missing) {
    }

    @GET
    @RolesAllowed({Roles.STAFF, Roles.SITE_MANAGER, Roles.REGIONAL_MANAGER, Roles.HQ_SAFETY, Roles.HR,
            Roles.COUNSELLOR, Roles.COMMITTEE, Roles.COMPLAINT_HANDLER, Roles.ADMIN})
    @Operation(summary = "The policies in force, each in your language (lang), and whether you acknowledged them")
    public List<PolicyResponse> inForce(@QueryParam("lang") String lang) {
        Actor actor = currentActor.get();
        return Arrays.stream(PolicyKind.values()).map(policies::inForce).flatMap(Optional::stream)
                .map(v -> response(v, lang, actor)).toList();
    }

    @GET
    @Path("{kind}")
    @RolesAllowed({Roles.STAFF, Roles.SITE_MANAGER, Roles.REGIONAL_MANAGER, Roles.HQ_SAFETY, Roles.HR,
            Roles.COUNSELLOR, Roles.COMMITTEE, Roles.COMPLAINT_HANDLER, Roles.ADMIN})
    @Operation(summary = "The version in force of one policy (basic-policy, unwanted-behaviour-protocol, "
            + "complaints-procedure)")
    public PolicyResponse get(@PathParam("kind") String kind, @QueryParam("lang") String lang) {
        PolicyKind k = Wire.parse(PolicyKind.class, kind, "kind");
        PolicyVersion v = policies.inForce(k).orElseThrow(() -> new NotFound("policy in force", kind));
        return response(v, lang, currentActor.get());
    }

    @GET
    @Path("{kind}/versions")
    @RolesAllowed({Roles.HQ_SAFETY, Roles.HR, Roles.ADMIN})
    @Operation(summary = "Every version of a policy, newest first")
    public List<PolicyResponse> versions(@PathParam("kind") String kind, @QueryParam("lang") String lang) {
        Actor actor = currentActor.get();
        return policies.versions(Wire.parse(PolicyKind.class, kind, "kind")).stream()
                .map(v -> response(v, lang, actor)).toList();
    }

    @POST
    @Path("{kind}/versions")
    @RolesAllowed({Roles.HQ_SAFETY, Roles.HR, Roles.ADMIN})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Publish a new version, in force from effectiveFrom; everyone is asked to acknowledge it")
    public Response publish(@PathParam("kind") String kind, @NotNull PublishRequest request) {
        Actor actor = currentActor.get();
        PolicyVersion v = publish.publish(new PublishPolicyCommand(actor, Wire.parse(PolicyKind.class, kind, "kind"),
                request.effectiveFrom(), request.texts()));
        return Response.status(201).entity(response(v, null, actor)).build();
    }

    @POST
    @Path("{kind}/acknowledgement")
    @RolesAllowed({Roles.STAFF, Roles.SITE_MANAGER, Roles.REGIONAL_MANAGER, Roles.HQ_SAFETY, Roles.HR,
            Roles.COUNSELLOR, Roles.COMMITTEE, Roles.COMPLAINT_HANDLER, Roles.ADMIN})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "\"I have read this\": acknowledge the version in force (name the version you read)")
    public PolicyResponse acknowledge(@PathParam("kind") String kind, @NotNull AcknowledgeRequest request) {
        PolicyKind k = Wire.parse(PolicyKind.class, kind, "kind");
        if (request.version() == null) {
            throw new io.frontline.platform.domain.RuleViolation("version", "Name the version you read");
        }
        Actor actor = currentActor.get();
        acknowledge.acknowledge(actor, k, request.version());
        return response(policies.inForce(k).orElseThrow(), null, actor);
    }

    @GET
    @Path("{kind}/acknowledgements")
    @RolesAllowed({Roles.SITE_MANAGER, Roles.REGIONAL_MANAGER, Roles.HQ_SAFETY, Roles.HR, Roles.ADMIN})
    @Operation(summary = "Who has and has not acknowledged the version in force, per site you may see (site=) and, "
            + "for HQ safety and HR, the chain (site null)")
    public List<ShareResponse> shares(@PathParam("kind") String kind, @QueryParam("site") String site) {
        return policies.shares(currentActor.get(), Wire.parse(PolicyKind.class, kind, "kind"),
                site == null || site.isBlank() ? null : site).stream().map(PolicyResource::share).toList();
    }

    private static ShareResponse share(AcknowledgementShare s) {
        return new ShareResponse(s.siteId(), s.employees(), s.acknowledged().size(), s.percent(), s.missing());
    }

    private PolicyResponse response(PolicyVersion v, String lang, Actor actor) {
        String language = lang != null && v.texts().containsKey(lang) ? lang
                : v.texts().containsKey("en") ? "en" : v.texts().keySet().iterator().next();
        PolicyText text = v.textIn(language);
        return new PolicyResponse(v.id().toString(), Wire.of(v.kind()), v.version(), v.effectiveFrom(), language,
                text.title(), text.body(), v.texts().keySet().stream().sorted().toList(), v.publishedBy(),
                v.publishedAt(), policies.acknowledgedAt(v, actor.userId()).orElse(null));
    }
}
