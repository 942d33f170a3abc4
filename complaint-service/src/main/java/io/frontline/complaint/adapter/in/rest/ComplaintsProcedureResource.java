package io.frontline.complaint.adapter.in.rest;

import io.frontline.platform.web.PublicEndpointLimits;
import io.frontline.complaint.application.domain.model.ComplaintsProcedure;
import io.frontline.complaint.application.port.in.GetComplaintsProcedureQuery;
import io.frontline.complaint.application.port.in.RequestEscalationCommand;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

import static io.frontline.complaint.adapter.in.rest.ComplaintResponse.wire;

/**
 * The complaints procedure in force, for anyone (seed 002: the procedure is public — how to complain, the term,
 * the escalation options, how personal data is treated). Taken from the policy that computes the terms, so the
 * terms shown are the terms applied. Every value is a number, an ISO period or a wire name: the page words it in
 * the reader's language.
 */
@Path("/api/public/procedure")
@Tag(name = "Public complaints")
@Produces(MediaType.APPLICATION_JSON)
public class ComplaintsProcedureResource {
    @Inject
    GetComplaintsProcedureQuery procedures;

    @Inject
    PublicEndpointLimits limits;

    /**
     * The procedure; {@code site} and {@code timeZone} only when asked for one site.
     *
     * @param responseTerm {@code counting} is {@code calendar-days} or {@code business-days} (the site's working
     *                     weekdays minus its holidays)
     * @param reopenWindow  after closure, in days and as an ISO period
     * @param contactDataRetention ISO period after closure, then name, e-mail and phone are erased
     */
    public record Procedure(String site, String timeZone, boolean acknowledgeOnReceipt, ResponseTerm responseTerm,
                            boolean termPausesWhileWaitingForComplainant, ReopenWindow reopenWindow,
                            List<String> escalationLevels, String contactDataRetention, List<String> categories,
                            List<String> channels, PublicForm publicForm) {
    }

    public record ResponseTerm(int days, String counting) {
    }

    public record ReopenWindow(long days, String period) {
    }

    /** The limits of the public endpoints: lengths in characters, the body in bytes, requests per client. */
    public record PublicForm(long maxBodyBytes, int subjectMaxLength, int descriptionMaxLength,
                             int contactNameMaxLength, int contactEmailMaxLength, int contactPhoneMaxLength,
                             int replyMaxLength, int reopenReasonMaxLength, int escalationReasonMaxLength,
                             long rateLimitRequests, String rateLimitPeriod) {
    }

    @GET
    @PermitAll
    @Operation(summary = "The complaints procedure in force, chain-wide or at one site (unknown site: 404)")
    public Procedure procedure(@QueryParam("site") String site) {
        ComplaintsProcedure p = site == null || site.isBlank() ? procedures.chainProcedure()
                : procedures.procedureAt(site.strip());
        java.time.Period reopen = p.reopenPeriod().length();
        return new Procedure(p.siteId(), p.timeZone() == null ? null : p.timeZone().getId(), p.acknowledgeOnReceipt(),
                new ResponseTerm(p.responseTerm().days(),
                        p.responseTerm().businessDays() ? "business-days" : "calendar-days"),
                p.pausesWhileWaitingForComplainant(),
                new ReopenWindow(reopen.getDays(), reopen.toString()),
                p.escalationLevels().stream().map(l -> wire(l.name())).toList(), p.contactRetention().term().length().toString(),
                p.categories().stream().map(c -> wire(c.name())).toList(),
                p.channels().stream().map(c -> wire(c.name())).toList(),
                new PublicForm(limits.maxBodySize(), PublicComplaintRequest.SUBJECT_MAX,
                        PublicComplaintRequest.DESCRIPTION_MAX, PublicComplaintRequest.NAME_MAX,
                        PublicComplaintRequest.EMAIL_MAX, PublicComplaintRequest.PHONE_MAX,
                        PublicComplaintResource.REPLY_MAX, PublicComplaintResource.REOPEN_REASON_MAX,
                        RequestEscalationCommand.MAX_REASON_LENGTH, limits.requests(), limits.period().toString()));
    }
}
