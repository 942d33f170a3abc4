package io.frontline.notification.adapter.in.rest;

import io.frontline.notification.application.domain.model.Language;
import io.frontline.notification.application.domain.model.ListedPerson;
import io.frontline.notification.application.domain.model.QuietHours;
import io.frontline.notification.application.domain.model.Recipient;
import io.frontline.notification.application.domain.model.SmsPaging;
import io.frontline.notification.application.port.in.ManageDirectoryUseCase;
import io.frontline.notification.application.port.in.SmsPagingFilter;
import io.frontline.platform.domain.Roles;
import io.frontline.platform.domain.RuleViolation;
import io.frontline.platform.domain.WireName;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.time.DateTimeException;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;

/**
 * The directory of people who receive notifications, kept by administrators. The directory file adds and
 * updates its own people at every start, so a change made here to a person of the file lasts until then.
 */
@Path("/api/directory/people")
@Tag(name = "Directory")
@SecurityRequirement(name = "SecurityScheme")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class DirectoryResource {
    @Inject
    ManageDirectoryUseCase directory;

    public record QuietHoursBody(@NotNull @Pattern(regexp = "\\d{2}:\\d{2}") String start,
                                 @NotNull @Pattern(regexp = "\\d{2}:\\d{2}") String end) {
    }

    /** A person as written: contact points (e-mail, optional webhook URL; the in-app inbox always), language, zone, quiet hours, scope. */
    public record PersonBody(@NotBlank @Pattern(regexp = "\\S+") String id, @NotBlank String name,
                             @NotBlank @Email String email, @Pattern(regexp = "https?://\\S+") String webhookUrl,
                             @NotNull @Pattern(regexp = "nl|en|ja") String language, @NotBlank String timeZone,
                             @Valid QuietHoursBody quietHours, @NotEmpty Set<String> roles, Set<String> sites,
                             Set<String> regions,
                             @Pattern(regexp = "\\+[1-9][0-9]{7,14}", message = "a plus and 8 to 15 digits, e.g. +31612345678")
                             String mobile) {
        Recipient toDomain() {
            ZoneId zone;
            try {
                zone = ZoneId.of(timeZone);
            } catch (DateTimeException e) {
                throw new RuleViolation("timeZone", "Unknown time zone " + timeZone);
            }
            QuietHours quiet = null;
            if (quietHours != null) {
                try {
                    quiet = new QuietHours(LocalTime.parse(quietHours.start()), LocalTime.parse(quietHours.end()));
                } catch (DateTimeParseException | IllegalArgumentException e) {
                    throw new RuleViolation("quietHours", "Quiet hours need two different times of day, e.g. 22:00 and 07:00");
                }
            }
            return new Recipient(id, name.strip(), email.strip(), Language.fromCode(language).orElseThrow(), zone,
                    roles, sites == null ? Set.of() : sites, regions == null ? Set.of() : regions, webhookUrl, quiet,
                    mobile);
        }

        static PersonBody of(Recipient r) {
            return new PersonBody(r.id(), r.name(), r.email(), r.webhookUrl(), r.language().code(), r.timeZone().getId(),
                    r.quiet().map(q -> new QuietHoursBody(q.start().toString(), q.end().toString())).orElse(null),
                    r.roles(), r.sites(), r.regions(), r.mobile());
        }
    }

    /** Whether critical news can page a person by SMS (issue 15): they have a number; the configuration would page them. */
    public record SmsPagingBody(boolean reachable, boolean needed) {
        static SmsPagingBody of(SmsPaging paging) {
            return new SmsPagingBody(paging.reachable(), paging.needed());
        }
    }

    /**
     * A person as the lists show them: as written, except the mobile number — a list says only whether there is one
     * ({@code smsPaging}); one person's record ({@code GET /api/directory/people/{id}}) holds it.
     */
    public record ListedPersonBody(String id, String name, String email, String webhookUrl, String language,
                                   String timeZone, QuietHoursBody quietHours, Set<String> roles, Set<String> sites,
                                   Set<String> regions, SmsPagingBody smsPaging) {
        static ListedPersonBody of(ListedPerson listed) {
            Recipient r = listed.entry().person();
            return new ListedPersonBody(r.id(), r.name(), r.email(), r.webhookUrl(), r.language().code(),
                    r.timeZone().getId(),
                    r.quiet().map(q -> new QuietHoursBody(q.start().toString(), q.end().toString())).orElse(null),
                    r.roles(), r.sites(), r.regions(), SmsPagingBody.of(listed.smsPaging()));
        }
    }

    @GET
    @Operation(summary = "Everyone in the directory who receives notifications, each with whether critical news can page "
            + "them by SMS (never the number); smsPaging=missing keeps those it would page who have no mobile number")
    public List<ListedPersonBody> people(@QueryParam("smsPaging") String smsPaging) {
        return directory.people(WireName.parse(SmsPagingFilter.class, smsPaging, "smsPaging")).stream()
                .map(ListedPersonBody::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One person")
    public PersonBody person(@PathParam("id") String id) {
        return PersonBody.of(directory.person(id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a person")
    public Response create(@NotNull @Valid PersonBody body) {
        Recipient created = directory.create(body.toDomain());
        return Response.created(URI.create("/api/directory/people/" + created.id())).entity(PersonBody.of(created)).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a person (the whole record)")
    public PersonBody update(@PathParam("id") String id, @NotNull @Valid PersonBody body) {
        if (!id.equals(body.id())) {
            throw new RuleViolation("id", "The id in the body must be the id in the path");
        }
        return PersonBody.of(directory.update(body.toDomain()));
    }
}
