package io.frontline.sanction.adapter.in.rest;

import io.frontline.sanction.application.domain.model.BanNoticeView;
import io.frontline.sanction.application.domain.model.BanTerms;
import io.frontline.sanction.application.domain.model.ContactBanTerms;
import io.frontline.sanction.application.domain.model.EntryBanTerms;
import io.frontline.sanction.application.domain.model.Measure;
import io.frontline.sanction.application.domain.model.Objection;
import io.frontline.sanction.application.port.in.BanNoticeUseCase;
import io.frontline.sanction.application.port.in.FileBanObjectionCommand;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.List;

/**
 * The customer's side of a ban (issue 17), without an account: with the reference and the secret of their written
 * notice they see their ban and their objection, and object within the term. The secret travels in a header, never
 * in the URL. A wrong secret is answered like an unknown reference (404) and changes nothing. Rate- and size-limited
 * by the platform's {@link io.frontline.platform.web.PublicEndpointLimits}; never cached.
 */
@Path("/api/public/ban-notices/{reference}")
@Tag(name = "Public ban notices")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PublicBanNoticeResource {
    public static final String SECRET_HEADER = "X-Tracking-Secret";
    private static final String REFERENCE = "BN-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}";

    @Inject
    BanNoticeUseCase notices;

    /** The customer's grounds, at most {@link FileBanObjectionCommand#GROUNDS_MAX} characters. */
    public record ObjectionForm(@NotBlank @Size(max = FileBanObjectionCommand.GROUNDS_MAX) String grounds) {
    }

    /**
     * What the customer sees; codes only besides dates, so the page shows it in their language: {@code measureType}
     * ({@code contact-ban}, {@code entry-ban}), {@code status}, {@code coverage} with {@code siteIds}/{@code regionId}
     * or {@code channels} (empty: every channel) and the {@code alternativeChannel} that stays open.
     * {@code objectionOpen}: an objection can be filed now (until {@code objectionDeadline}).
     */
    public record BanNoticeStatus(String reference, String measureType, String status, String siteId, String coverage,
                                  List<String> siteIds, String regionId, List<String> channels,
                                  String alternativeChannel, Instant startsAt, Instant until, Instant endedAt,
                                  Instant objectionDeadline, boolean objectionOpen, ObjectionStatus objection) {
        static BanNoticeStatus of(BanNoticeView view, Instant now) {
            Measure m = view.measure();
            BanTerms terms = m.banTerms().orElse(null);
            ContactBanTerms contact = terms instanceof ContactBanTerms c ? c : null;
            EntryBanTerms entry = terms instanceof EntryBanTerms e ? e : null;
            Objection o = m.objection().orElse(null);
            boolean open = o == null && m.status().isDecided() && m.objectionDeadline() != null
                    && now.isBefore(m.objectionDeadline());
            return new BanNoticeStatus(view.notice().reference(), Measure.wire(m.type()), Measure.wire(m.status()),
                    m.siteId(), contact != null ? Measure.wire(contact.scope())
                    : entry != null ? Measure.wire(entry.coverage()) : null,
                    entry == null ? List.of() : entry.siteIds().stream().sorted().toList(),
                    entry == null ? null : entry.regionId(),
                    contact == null ? List.of() : contact.channels().stream().sorted().map(Measure::wire).toList(),
                    contact == null || contact.alternativeChannel() == null ? null
                            : Measure.wire(contact.alternativeChannel()),
                    m.startsAt().orElse(null), m.until().orElse(null), m.endedAt().orElse(null),
                    m.objectionDeadline(), open, o == null ? null : ObjectionStatus.of(o, now));
        }
    }

    /**
     * The customer's objection: when filed, the decision due, whether that term passed undecided ({@code late}),
     * and the outcome ({@code upheld}, {@code overturned}, {@code shortened}) once decided, with the reason as a
     * code the page shows in the customer's language ({@code reasonCode}) and the decider's own words
     * ({@code decisionReason}).
     */
    public record ObjectionStatus(Instant filedAt, Instant decisionDue, boolean late, String outcome,
                                  String reasonCode, Instant decidedAt, String decisionReason) {
        static ObjectionStatus of(Objection o, Instant now) {
            return new ObjectionStatus(o.filedAt(), o.decisionDue(), !o.isDecided() && !now.isBefore(o.decisionDue()),
                    o.isDecided() ? Measure.wire(o.outcome()) : null,
                    o.reasonCode() == null ? null : Measure.wire(o.reasonCode()), o.decidedAt(), o.decisionReason());
        }
    }

    @GET
    @PermitAll
    @Operation(summary = "The customer's ban and objection, with the notice's secret in X-Tracking-Secret; a wrong secret is answered like an unknown reference")
    public Response status(@PathParam("reference") @Pattern(regexp = REFERENCE) String reference,
                           @HeaderParam(SECRET_HEADER) @NotBlank @Size(max = 100) String secret) {
        return noStore(BanNoticeStatus.of(notices.status(reference, secret), Instant.now()));
    }

    @POST
    @Path("objection")
    @PermitAll
    @Operation(summary = "Object to the ban within 14 days of the notice, with the notice's secret in X-Tracking-Secret")
    public Response object(@PathParam("reference") @Pattern(regexp = REFERENCE) String reference,
                           @HeaderParam(SECRET_HEADER) @NotBlank @Size(max = 100) String secret,
                           @Valid @NotNull ObjectionForm form) {
        return noStore(BanNoticeStatus.of(notices.object(new FileBanObjectionCommand(reference, secret,
                form.grounds())), Instant.now()));
    }

    private static Response noStore(Object entity) {
        return Response.ok(entity).header("Cache-Control", "no-store").build();
    }
}
