package io.frontline.prevention.adapter.in.rest;

import io.frontline.platform.domain.Actor;
import io.frontline.platform.domain.Roles;
import io.frontline.platform.domain.RuleViolation;
import io.frontline.platform.security.CurrentActor;
import io.frontline.prevention.application.domain.model.ActionItem;
import io.frontline.prevention.application.domain.model.CaseStudy;
import io.frontline.prevention.application.domain.model.Review;
import io.frontline.prevention.application.domain.model.ReviewPeriod;
import io.frontline.prevention.application.port.in.AddActionCommand;
import io.frontline.prevention.application.port.in.HoldReviewCommand;
import io.frontline.prevention.application.port.in.ReviewUseCase;
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
import java.util.List;
import java.util.UUID;

/** The review cycle: hold a review of a period, read its case studies, track its action items to done. */
@Path("/api/reviews")
@Tag(name = "Reviews")
@SecurityRequirement(name = "SecurityScheme")
@Produces(MediaType.APPLICATION_JSON)
public class ReviewResource {
    @Inject
    ReviewUseCase reviews;

    @Inject
    CurrentActor currentActor;

    /** {@code site} null for the chain; the period as {@code quarter} (2026-Q3) or {@code from} and {@code to}. */
    public record ReviewRequest(String site, String quarter, LocalDate from, LocalDate to) {
    }

    public record ActionRequest(String text, String owner, LocalDate dueOn) {
    }

    public record ActionResponse(String id, String text, String owner, LocalDate dueOn, Instant doneAt, String doneBy) {
        static ActionResponse of(ActionItem a) {
            return new ActionResponse(a.id().toString(), a.text(), a.owner(), a.dueOn(), a.doneAt(), a.doneBy());
        }
    }

    public record ReviewResponse(String id, String site, LocalDate from, LocalDate to, Review.Figures figures,
                                 List<CaseStudy> caseStudies, List<ActionResponse> actions, String heldBy,
                                 Instant heldAt) {
    }

    @POST
    @RolesAllowed({Roles.SITE_MANAGER, Roles.REGIONAL_MANAGER, Roles.HQ_SAFETY, Roles.HR, Roles.ADMIN})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Hold the review of a period for a site or the chain: its figures and exactly its closed "
            + "incidents as anonymised case studies")
    public Response hold(@NotNull ReviewRequest r) {
        ReviewPeriod period;
        if (r.quarter() != null && !r.quarter().isBlank()) {
            period = ReviewPeriod.quarter(r.quarter().strip());
        } else if (r.from() != null && r.to() != null) {
            period = new ReviewPeriod(r.from(), r.to());
        } else {
            throw new RuleViolation("quarter", "Give the quarter (2026-Q3) or from and to");
        }
        Actor actor = currentActor.get();
        Review review = reviews.hold(new HoldReviewCommand(actor, r.site() == null || r.site().isBlank() ? null
                : r.site(), period));
        return Response.status(201).entity(response(review, List.of())).build();
    }

    @GET
    @RolesAllowed({Roles.SITE_MANAGER, Roles.REGIONAL_MANAGER, Roles.HQ_SAFETY, Roles.HR, Roles.ADMIN})
    @Operation(summary = "Reviews you may see (site= for one site), newest period first")
    public List<ReviewResponse> list(@QueryParam("site") String site) {
        Actor actor = currentActor.get();
        return reviews.reviews(actor, site == null || site.isBlank() ? null : site).stream()
                .map(r -> response(r, reviews.actions(actor, r.id()))).toList();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.SITE_MANAGER, Roles.REGIONAL_MANAGER, Roles.HQ_SAFETY, Roles.HR, Roles.ADMIN})
    @Operation(summary = "One review with its case studies and action items")
    public ReviewResponse get(@PathParam("id") UUID id) {
        Actor actor = currentActor.get();
        return response(reviews.review(actor, id), reviews.actions(actor, id));
    }

    @POST
    @Path("{id}/actions")
    @RolesAllowed({Roles.SITE_MANAGER, Roles.REGIONAL_MANAGER, Roles.HQ_SAFETY, Roles.HR, Roles.ADMIN})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add an action item with its owner (user name) and due date")
    public Response addAction(@PathParam("id") UUID id, @NotNull ActionRequest r) {
        ActionItem item = reviews.addAction(new AddActionCommand(currentActor.get(), id, r.text(), r.owner(), r.dueOn()));
        return Response.status(201).entity(ActionResponse.of(item)).build();
    }

    @POST
    @Path("{id}/actions/{actionId}/done")
    @RolesAllowed({Roles.SITE_MANAGER, Roles.REGIONAL_MANAGER, Roles.HQ_SAFETY, Roles.HR, Roles.ADMIN})
    @Operation(summary = "Mark an action item done")
    public ActionResponse done(@PathParam("id") UUID id, @PathParam("actionId") UUID actionId) {
        return ActionResponse.of(reviews.completeAction(currentActor.get(), id, actionId));
    }

    private static ReviewResponse response(Review r, List<ActionItem> actions) {
        return new ReviewResponse(r.id().toString(), r.siteId(), r.period().first(), r.period().last(), r.figures(),
                r.caseStudies(), actions.stream().map(ActionResponse::of).toList(), r.heldBy(), r.heldAt());
    }
}
