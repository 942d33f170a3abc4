package io.frontline.notification.adapter.in.rest;

import io.frontline.notification.application.domain.model.Delivery;
import io.frontline.notification.application.domain.model.DeliveryStatus;
import io.frontline.notification.application.port.in.ReadDeliveriesQuery;
import io.frontline.platform.domain.Roles;
import io.frontline.platform.domain.RuleViolation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Delivery records, for administrators and HQ safety: what was sent, to whom, how it went. */
@Path("/api/deliveries")
@Tag(name = "Deliveries")
@SecurityRequirement(name = "SecurityScheme")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.HQ_SAFETY})
public class DeliveryResource {
    @Inject
    ReadDeliveriesQuery deliveries;

    /** One delivery: the recipient by id (never an address), channel, status and attempts. */
    public record DeliveryResponse(UUID id, String deliveryKey, UUID eventId, String eventType, String severity,
                                   String reference, String recipientId, String channel, String status, int attempts,
                                   String lastError, Instant nextAttemptAt, Instant sentAt, Instant createdAt) {
        static DeliveryResponse of(Delivery d) {
            return new DeliveryResponse(d.id(), d.deliveryKey(), d.notice().eventId(), d.notice().eventType(),
                    d.notice().severity().name().toLowerCase(java.util.Locale.ROOT), d.notice().reference(),
                    d.recipientId(), d.channel().code(), d.status().code(), d.attempts(), d.lastError(),
                    d.nextAttemptAt(), d.sentAt(), d.createdAt());
        }
    }

    @GET
    @Operation(summary = "Delivery records, newest first (at most 500), by status and/or event id")
    public List<DeliveryResponse> deliveries(@QueryParam("status") String status, @QueryParam("eventId") UUID eventId) {
        DeliveryStatus wanted = status == null || status.isBlank() ? null : DeliveryStatus.fromCode(status)
                .orElseThrow(() -> new RuleViolation("status",
                        "Unknown status " + status + "; expected pending, sent, failed, retrying, suppressed or held"));
        return deliveries.deliveries(wanted, eventId).stream().map(DeliveryResponse::of).toList();
    }
}
