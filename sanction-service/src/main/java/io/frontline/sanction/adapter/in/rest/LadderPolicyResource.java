package io.frontline.sanction.adapter.in.rest;

import io.frontline.platform.domain.Roles;
import io.frontline.sanction.application.domain.model.LadderPolicy;
import io.frontline.sanction.application.port.in.ShowLadderPolicyUseCase;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Locale;

/**
 * The ban ladder in force (seed 001's defaults where the chain set nothing), read-only (issue 14): administrators,
 * and HQ safety who answer for the chain's approach. Periods are ISO-8601 ({@code P1M}).
 */
@Path("/api/admin/configuration/ladder")
@Tag(name = "Configuration")
@SecurityRequirement(name = "SecurityScheme")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.HQ_SAFETY})
public class LadderPolicyResource {
    @Inject
    ShowLadderPolicyUseCase ladder;

    /** One rung: when it applies and what it proposes. */
    public record StepBody(String step, String ban) {
    }

    public record LadderBody(List<StepBody> steps, String repeatWindow, boolean warningForLowFirstOffence,
                             List<String> criticalTypes, List<String> contactBanChannels,
                             String contactBanAlternative) {
    }

    @GET
    @Operation(summary = "The ban ladder in force: each step's ban, the repeat window, critical types, contact-ban channels")
    public LadderBody ladder() {
        LadderPolicy p = ladder.ladderPolicy();
        return new LadderBody(List.of(new StepBody("first", p.firstBan().toString()),
                new StepBody("repeat", p.repeatBan().toString()), new StepBody("further", p.furtherBan().toString()),
                new StepBody("critical", p.criticalBan().toString())),
                p.window().length().toString(), p.warningForLowFirstOffence(),
                p.criticalTypes().stream().sorted().toList(),
                p.contactBanChannels().stream().map(LadderPolicyResource::wire).sorted().toList(),
                wire(p.contactBanAlternative()));
    }

    private static String wire(Enum<?> value) {
        return value == null ? null : value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
